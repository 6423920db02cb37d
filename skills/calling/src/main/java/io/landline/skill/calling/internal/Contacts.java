package io.landline.skill.calling.internal;

import io.landline.api.telephony.Contact;
import io.landline.api.telephony.ContactDirectory;
import io.landline.api.telephony.PhoneNumber;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The household's contacts, from a vCard file ({@code FN} and {@code TEL;TYPE=…} lines) and from configuration
 * ({@code Mom: mobile=5550100, home=5550111; Dad: 5550122}). A number that is not digits, {@code +}, {@code *},
 * {@code #} (once separators are dropped) is refused with a problem message and never dialled.
 */
final class Contacts implements ContactDirectory {

    private final List<Contact> contacts;

    Contacts(List<Contact> contacts) {
        this.contacts = List.copyOf(contacts);
    }

    /**
     * @param vcard    a vCard file, or null
     * @param config   contacts from configuration, or blank
     * @param problems told about each refused entry
     * @return the directory
     */
    static Contacts load(Path vcard, String config, Consumer<String> problems) {
        Map<String, List<PhoneNumber>> byName = new LinkedHashMap<>();
        if (vcard != null && Files.isRegularFile(vcard)) {
            try {
                readVcard(Files.readAllLines(vcard, StandardCharsets.UTF_8), byName, problems, vcard.toString());
            } catch (IOException e) {
                problems.accept("cannot read contacts file " + vcard + ": " + e.getMessage());
            }
        } else if (vcard != null) {
            problems.accept("contacts file " + vcard + " does not exist");
        }
        readConfig(config == null ? "" : config, byName, problems);
        List<Contact> result = new ArrayList<>();
        byName.forEach((name, numbers) -> result.add(new Contact(name, numbers)));
        return new Contacts(result);
    }

    private static void readVcard(List<String> lines, Map<String, List<PhoneNumber>> byName,
            Consumer<String> problems, String file) {
        String name = null;
        List<PhoneNumber> numbers = new ArrayList<>();
        for (String raw : unfold(lines)) {
            String line = raw.strip();
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.equals("BEGIN:VCARD")) {
                name = null;
                numbers = new ArrayList<>();
            } else if (upper.startsWith("FN:") || upper.startsWith("FN;")) {
                name = line.substring(line.indexOf(':') + 1).strip();
            } else if (upper.startsWith("TEL")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String label = label(upper.substring(0, colon));
                String value = line.substring(colon + 1).strip();
                if (value.toLowerCase(Locale.ROOT).startsWith("tel:")) {
                    value = value.substring(4);
                }
                add(numbers, label, value, name, problems, file);
            } else if (upper.equals("END:VCARD") && name != null && !name.isBlank()) {
                byName.computeIfAbsent(name, n -> new ArrayList<>()).addAll(numbers);
            }
        }
    }

    private static List<String> unfold(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + line.substring(1));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static String label(String property) {
        if (property.contains("CELL") || property.contains("MOBILE")) {
            return "mobile";
        }
        if (property.contains("WORK")) {
            return "work";
        }
        if (property.contains("HOME")) {
            return "home";
        }
        return "phone";
    }

    private static void readConfig(String config, Map<String, List<PhoneNumber>> byName, Consumer<String> problems) {
        for (String entry : config.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split(":", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                problems.accept("contacts: '" + entry.strip() + "' is not Name: label=number, …");
                continue;
            }
            String name = parts[0].strip();
            List<PhoneNumber> numbers = byName.computeIfAbsent(name, n -> new ArrayList<>());
            for (String number : parts[1].split(",")) {
                if (number.isBlank()) {
                    continue;
                }
                String[] labelled = number.split("=", 2);
                String label = labelled.length == 2 ? labelled[0].strip().toLowerCase(Locale.ROOT) : "phone";
                add(numbers, label, labelled[labelled.length - 1].strip(), name, problems, "configuration");
            }
        }
    }

    private static void add(List<PhoneNumber> numbers, String label, String value, String name,
            Consumer<String> problems, String source) {
        String dialable = value.replaceAll("[\\s\\-.()]", "");
        if (!NumberPolicy.isValid(dialable)) {
            problems.accept("contact " + name + " (" + source + "): refused the " + label
                    + " number: it must be digits, +, * or # only, at most " + NumberPolicy.MAX_DIGITS);
            return;
        }
        numbers.add(new PhoneNumber(label, dialable));
    }

    @Override
    public List<Contact> contacts() {
        return contacts;
    }

    @Override
    public Optional<Contact> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = normal(name);
        return contacts.stream().filter(c -> normal(c.name()).equals(wanted)).findFirst();
    }

    @Override
    public Optional<Contact> byNumber(String number) {
        if (number == null) {
            return Optional.empty();
        }
        return contacts.stream().filter(c -> c.numbers().stream().anyMatch(n -> n.number().equals(number)))
                .findFirst();
    }

    static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]", "").replaceAll("\\s+", " ").strip();
    }
}
