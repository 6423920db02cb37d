package io.landline.skill.calling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.landline.api.telephony.PhoneNumber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactsTest {

    @TempDir
    Path folder;

    @Test
    void readsVcardsWithSeveralNumbersAndConfiguredContacts() throws Exception {
        Path vcf = folder.resolve("contacts.vcf");
        Files.writeString(vcf, String.join("\r\n", "BEGIN:VCARD", "VERSION:4.0", "FN:Grand", " ma",
                "TEL;TYPE=cell;VALUE=uri:tel:+1-555-0100", "TEL;TYPE=\"home,voice\":(555) 0111", "END:VCARD",
                "BEGIN:VCARD", "FN:Bad", "TEL;TYPE=CELL:12 ; DROP", "END:VCARD", ""));
        List<String> problems = new ArrayList<>();
        Contacts contacts = Contacts.load(vcf, "Dad: work=555 0122, 5550123", problems::add);
        assertThat(contacts.byName("GRANDMA").orElseThrow().numbers())
                .containsExactly(new PhoneNumber("mobile", "+15550100"), new PhoneNumber("home", "5550111"));
        assertThat(contacts.byName("dad").orElseThrow().numbers())
                .containsExactly(new PhoneNumber("work", "5550122"), new PhoneNumber("phone", "5550123"));
        assertThat(contacts.byName("bad").orElseThrow().numbers()).isEmpty();
        assertThat(contacts.byNumber("5550111").orElseThrow().name()).isEqualTo("Grandma");
        assertThat(problems).singleElement().asString().contains("Bad").contains("refused");
    }

    @Test
    void aMissingFileIsAProblemNotAFailure() {
        List<String> problems = new ArrayList<>();
        Contacts contacts = Contacts.load(folder.resolve("none.vcf"), "", problems::add);
        assertThat(contacts.contacts()).isEmpty();
        assertThat(problems).singleElement().asString().contains("does not exist");
    }
}
