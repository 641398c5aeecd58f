package org.sakhiline.channel.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakhiline.channel.voice.VoiceTemplate.Literal;
import org.sakhiline.channel.voice.VoiceTemplate.Slot;

class VoiceTemplateTest {

    @Test
    void splitsAtPlaceholdersAndNamesClipsInOrder() {
        VoiceTemplate t = VoiceTemplate.parse("dues_amount", "آپ کی {due} کی قسط {due_date} تک دینی ہے۔");
        assertEquals(List.of(new Literal("آپ کی ", "dues_amount"), new Slot("due"), new Literal(" کی قسط ", "dues_amount.2"),
                new Slot("due_date"), new Literal(" تک دینی ہے۔", "dues_amount.3")), t.parts());
    }

    @Test
    void punctuationBetweenValuesIsNotAClip() {
        VoiceTemplate t = VoiceTemplate.parse("stmt_line", "{date}, {amount}.");
        assertEquals(List.of(new Slot("date"), new Literal(", ", null), new Slot("amount"), new Literal(".", null)), t.parts());
        assertEquals(List.of(), t.literals());
    }

    @Test
    void aTextWithoutPlaceholdersIsOneClipNamedByItsKey() {
        assertEquals(List.of(new Literal("Goodbye.", "goodbye")), VoiceTemplate.parse("goodbye", "Goodbye.").parts());
    }

    @Test
    void aPropertyPathUsesItsRootName() {
        assertEquals(List.of(new Literal("Hi ", "x"), new Slot("member")), VoiceTemplate.parse("x", "Hi {member.name}").parts());
    }
}
