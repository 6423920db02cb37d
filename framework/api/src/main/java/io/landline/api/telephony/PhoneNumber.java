package io.landline.api.telephony;

/**
 * One number of a contact.
 *
 * @param label  what kind of number, lower case: {@code mobile}, {@code home}, {@code work}
 * @param number the number as dialled: digits, optionally a leading {@code +}
 */
public record PhoneNumber(String label, String number) {
}
