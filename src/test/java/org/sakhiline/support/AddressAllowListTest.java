package org.sakhiline.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddressAllowListTest {

    @Test
    void rangesAndSingleAddressesOfBothFamilies() {
        AddressAllowList list = AddressAllowList.of(List.of("203.0.113.0/24", " 198.51.100.7 ", "2001:db8::/32", ""));
        assertTrue(list.allows("203.0.113.1"));
        assertTrue(list.allows("203.0.113.255"));
        assertFalse(list.allows("203.0.114.1"));
        assertTrue(list.allows("198.51.100.7"));
        assertFalse(list.allows("198.51.100.8"));
        assertTrue(list.allows("2001:db8:1::5"));
        assertFalse(list.allows("2001:db9::5"));
        assertFalse(list.allows("::ffff:10.0.0.1"));
        assertFalse(list.allows(null));
        assertFalse(list.allows("exotel.com"), "a host name is never looked up");
        AddressAllowList odd = AddressAllowList.of(List.of("10.0.0.0/9"));
        assertTrue(odd.allows("10.127.0.1"));
        assertFalse(odd.allows("10.128.0.1"));
    }

    @Test
    void anEmptyListAllowsAllAndATypoFailsLoudly() {
        assertTrue(AddressAllowList.of(List.of()).allows("192.0.2.1"));
        assertThrows(IllegalArgumentException.class, () -> AddressAllowList.of(List.of("203.0.113.0/33")));
        assertThrows(IllegalArgumentException.class, () -> AddressAllowList.of(List.of("exotel.com")));
        assertThrows(IllegalArgumentException.class, () -> AddressAllowList.of(List.of("203.0.113/24")));
    }
}
