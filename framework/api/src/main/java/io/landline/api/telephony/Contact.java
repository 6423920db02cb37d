package io.landline.api.telephony;

import java.util.List;

/**
 * Someone in the household's directory.
 *
 * @param name    the name said to call them, for example "Mom"
 * @param numbers their numbers, the preferred one first
 */
public record Contact(String name, List<PhoneNumber> numbers) {

    /** Copies the list. */
    public Contact {
        numbers = List.copyOf(numbers);
    }
}
