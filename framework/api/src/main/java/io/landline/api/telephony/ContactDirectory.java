package io.landline.api.telephony;

import java.util.List;
import java.util.Optional;

/** The household's contacts. */
public interface ContactDirectory {

    /** @return every contact */
    List<Contact> contacts();

    /**
     * @param name a name as said, in any case
     * @return the contact of that name
     */
    Optional<Contact> byName(String name);

    /**
     * @param number a number as the network presents it
     * @return the contact with that number, for announcing callers by name
     */
    Optional<Contact> byNumber(String number);
}
