package io.landline.skill.calling.internal;

import io.landline.api.intent.IntentDefinition;
import io.landline.api.intent.SlotType;
import io.landline.api.intent.SlotValue;
import io.landline.api.skill.Response;
import io.landline.api.skill.SkillRequest;
import io.landline.api.telephony.Call;
import io.landline.api.telephony.CallEvent;
import io.landline.api.telephony.CallRecord;
import io.landline.api.telephony.Contact;
import io.landline.api.telephony.IncomingCallDecision;
import io.landline.api.telephony.PhoneNumber;
import io.landline.api.telephony.TelephonyException;
import io.landline.api.telephony.TelephonyProvider;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the calling skill does, free of OSGi so it can be tested with fakes: the intents, the household's rules
 * for dialling out and for incoming calls, announcements of callers, and the call log.
 */
final class Calling {

    private static final Logger LOG = LoggerFactory.getLogger(Calling.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final List<String> LABELS = List.of("mobile", "home", "work", "phone");

    /** Says something on a site outside any dialog (the runtime's DialogService). */
    interface Speaker {
        void say(String site, String text);
    }

    /** The skill's settings, from configuration. */
    record Settings(Set<String> allowList, String pin, int callsPerHour, IncomingCallDecision screenedTo,
            List<String> announceOn) {
    }

    /** What Landline knows about a call it follows. */
    private record Followed(String name, boolean emergency, String site) {
    }

    private final Supplier<TelephonyProvider> telephony;
    private final Supplier<Speaker> speaker;
    private final Contacts contacts;
    private final NumberPolicy policy;
    private final HouseRules rules;
    private final CallLog log;
    private final Settings settings;
    private final Clock clock;
    private final ZoneId zone;

    private final Map<String, String> lastDialled = new ConcurrentHashMap<>();
    private final Map<String, String> ringing = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final Map<String, Followed> followed = new ConcurrentHashMap<>();
    private final Set<String> answered = ConcurrentHashMap.newKeySet();

    Calling(Supplier<TelephonyProvider> telephony, Supplier<Speaker> speaker, Contacts contacts, NumberPolicy policy,
            HouseRules rules, CallLog log, Settings settings, Clock clock, ZoneId zone) {
        this.telephony = telephony;
        this.speaker = speaker;
        this.contacts = contacts;
        this.policy = policy;
        this.rules = rules;
        this.log = log;
        this.settings = settings;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * The intents: templates for a template engine ({@code call {contact}}), and the same sentences spelled out for
     * every contact and emergency number so the built-in exact-match engine understands them too.
     */
    List<IntentDefinition> intents() {
        List<String> names = contacts.contacts().stream().map(c -> Contacts.normal(c.name())).toList();
        Set<String> callContact = new LinkedHashSet<>(List.of("call {contact}", "call {contact}'s {label}",
                "(phone | ring | dial | call) my {contact}", "(phone | ring) {contact} [up]", "call {contact} up",
                "call up {contact}", "give {contact} a (call | ring | bell)", "get {contact} on the phone",
                "i (want | need) to (call | phone | ring | speak to | talk to) {contact}",
                "can i (speak | talk) to {contact}", "(make | place) a call to {contact}",
                "connect me (to | with) {contact}", "(let's | lets) call {contact}",
                "(i'd like to | let's | can you | could you) (call | ring | phone) {contact} [for me]",
                "(call | ring | phone) {contact} for me", "give {contact} a (buzz | shout)",
                "[can you | could you] get {contact} on the (phone | line)", "put me through to {contact}",
                "(ring | phone) up {contact}", "dial {contact}", "get hold of {contact} [for me]",
                "let me speak to {contact}", "(call | ring | dial) {contact}'s (number | phone)"));
        for (Contact contact : contacts.contacts()) {
            String name = Contacts.normal(contact.name());
            callContact.add("call " + name);
            for (PhoneNumber number : contact.numbers()) {
                callContact.add("call " + name + "'s " + number.label());
            }
        }
        Set<String> emergency = new LinkedHashSet<>(List.of("call emergency", "call emergency services"));
        for (String number : policy.emergencyNumbers()) {
            emergency.add("call " + number);
            emergency.add("call " + words(number));
            emergency.add("dial " + number);
        }
        return List.of(
                new IntentDefinition("CallContact", List.copyOf(callContact),
                        Map.of("contact", SlotType.list(names.isEmpty() ? List.of("nobody") : names),
                                "label", SlotType.list(LABELS))),
                new IntentDefinition("CallNumber", List.of("call {number}", "dial {number}", "(phone | ring) {number}",
                        "(call | dial | ring | phone) (the | this) number {number}", "(dial up | punch in) {number}",
                        "(make | place) a call to {number}", "i (want | need) to call {number}",
                        "connect me to {number}", "(i need to | i want to) dial {number}",
                        "(can | could) you (call | dial | ring) {number} [for me]", "call number {number}",
                        "(call | dial) {number} for me"),
                        Map.of("number", SlotType.of(SlotType.Kind.DIGITS))),
                new IntentDefinition("CallEmergency", List.copyOf(emergency), Map.of()),
                IntentDefinition.of("Redial", "redial", "call again", "call them again"),
                IntentDefinition.of("HangUp", "hang up", "end the call", "end call"),
                IntentDefinition.of("Answer", "answer", "answer the call", "pick up"),
                IntentDefinition.of("Ignore", "ignore", "ignore the call", "decline the call"),
                IntentDefinition.of("WhoCalled", "who called", "who called me", "did anyone call"),
                IntentDefinition.of("ReadHistory", "read my call history", "call history", "read the call log"),
                IntentDefinition.of("DeleteHistory", "delete my call history", "clear my call history",
                        "delete the call log"),
                IntentDefinition.of("DndOn", "turn on do not disturb", "do not disturb on", "do not disturb"),
                IntentDefinition.of("DndOff", "turn off do not disturb", "do not disturb off"),
                new IntentDefinition("Announce", List.of("announce {message}"), Map.of("message", SlotType.text())),
                new IntentDefinition("DropIn", dropInSentences(),
                        Map.of("site", SlotType.list(settings.announceOn().isEmpty() ? List.of("default")
                                : settings.announceOn()))));
    }

    Response handle(SkillRequest request) {
        String site = request.site();
        return switch (request.intent().name()) {
            case "CallContact" -> callContact(request);
            case "CallNumber" -> callNumber(request);
            case "CallEmergency" -> emergency(site, emergencyNumberIn(request.intent().text()));
            case "Redial" -> redial(request);
            case "HangUp" -> hangUp(site);
            case "Answer" -> answer(site);
            case "Ignore" -> ignore(site);
            case "WhoCalled" -> whoCalled();
            case "ReadHistory" -> readHistory();
            case "DeleteHistory" -> deleteHistory(request.confirmed());
            case "DndOn" -> dnd(site, true);
            case "DndOff" -> dnd(site, false);
            case "Announce" -> announce(request);
            case "DropIn" -> dropIn(request);
            default -> Response.say("The calling skill does not know " + request.intent().name() + ".");
        };
    }

    // ---- dialling out ----

    private Response callContact(SkillRequest request) {
        String site = request.site();
        Optional<String> said = slotText(request, "contact");
        Optional<String> label = slotText(request, "label").map(l -> l.toLowerCase(Locale.ROOT));
        Optional<Contact> contact = said.flatMap(contacts::byName);
        if (said.isEmpty()) {
            // The exact-match engine fills no slots: read the contact and label from the sentence.
            String rest = Contacts.normal(request.intent().text()).replaceFirst("^(call|phone|dial)\\s+", "");
            for (Contact candidate : contacts.contacts().stream()
                    .sorted(Comparator.comparing((Contact c) -> c.name().length()).reversed()).toList()) {
                String name = Contacts.normal(candidate.name());
                if (rest.equals(name) || rest.startsWith(name + " ") || rest.startsWith(name + "'s ")
                        || rest.startsWith(name + "s ")) {
                    contact = Optional.of(candidate);
                    String tail = rest.substring(name.length()).replaceFirst("^('s|s)?\\s*", "").strip();
                    label = tail.isEmpty() ? Optional.empty() : Optional.of(tail);
                    break;
                }
            }
            said = Optional.of(rest);
        }
        if (contact.isEmpty()) {
            return Response.say("I don't have a contact called " + said.orElse("that") + ".");
        }
        Contact who = contact.get();
        if (who.numbers().isEmpty()) {
            return Response.say("I have no number for " + who.name() + " that I can dial.");
        }
        PhoneNumber number = who.numbers().get(0);
        if (label.isPresent()) {
            String wanted = label.get().equals("cell") ? "mobile" : label.get();
            Optional<PhoneNumber> labelled = who.numbers().stream().filter(n -> n.label().equals(wanted))
                    .findFirst();
            if (labelled.isEmpty()) {
                return Response.say(who.name() + " has no " + wanted + " number.");
            }
            number = labelled.get();
        }
        if (policy.isEmergency(number.number())) {
            return emergency(site, number.number());
        }
        String name = who.numbers().size() > 1 ? who.name() + ", " + number.label() : who.name();
        if (!settings.allowList().contains("*")
                && !settings.allowList().contains(Contacts.normal(who.name()))) {
            return needPin(request, number.number(), who.name());
        }
        return dial(site, number.number(), who.name(), "Call " + name + "?", request.confirmed());
    }

    private Response callNumber(SkillRequest request) {
        String site = request.site();
        Optional<SlotValue> slot = request.intent().slot("number");
        String raw = slot.map(v -> v.value() instanceof String s ? s : v.text())
                .orElse(request.intent().text().replaceFirst("(?i)^\\s*(call|dial)\\s+", ""));
        Optional<String> number = SpokenNumbers.parse(raw);
        if (number.isEmpty() || !NumberPolicy.isValid(number.get())) {
            LOG.info("Refused to dial an invalid number from site {}", site);
            return Response.say("That isn't a phone number I can dial. Numbers are digits only, at most "
                    + NumberPolicy.MAX_DIGITS + ".");
        }
        String digits = number.get();
        if (policy.isEmergency(digits)) {
            return emergency(site, digits);
        }
        Optional<Contact> contact = contacts.byNumber(digits);
        if (contact.isPresent() && (settings.allowList().contains("*")
                || settings.allowList().contains(Contacts.normal(contact.get().name())))) {
            return dial(site, digits, contact.get().name(), "Call " + contact.get().name() + "?",
                    request.confirmed());
        }
        return needPin(request, digits, "");
    }

    /** Numbers outside the allow list need the household's PIN, which is compared and never logged. */
    private Response needPin(SkillRequest request, String number, String name) {
        String refusal = policy.refusal(number);
        if (refusal != null) {
            return refused(request.site(), number, name, refusal);
        }
        if (settings.pin().isEmpty()) {
            return refused(request.site(), number, name, "I can only call the contacts on your allow list.");
        }
        Optional<SlotValue> pin = request.intent().slot("pin");
        if (pin.isEmpty()) {
            return Response.askFor("pin", "That number isn't on your allow list. Say the PIN to call it.");
        }
        String said = SpokenNumbers.parse(pin.get().text()).orElse("");
        if (!MessageDigest.isEqual(said.getBytes(StandardCharsets.UTF_8),
                settings.pin().getBytes(StandardCharsets.UTF_8))) {
            LOG.info("Wrong PIN for an outside number from site {}", request.site());
            return refused(request.site(), number, name, "That PIN is not right. I won't call that number.");
        }
        // The PIN was the confirmation.
        return dial(request.site(), number, name, "", true);
    }

    private Response redial(SkillRequest request) {
        String number = lastDialled.get(request.site());
        if (number == null) {
            return Response.say("There is no number to redial.");
        }
        String name = contacts.byNumber(number).map(Contact::name).orElse(SpokenNumbers.spoken(number));
        return dial(request.site(), number, contacts.byNumber(number).map(Contact::name).orElse(""),
                "Call " + name + " again?", request.confirmed());
    }

    private Response dial(String site, String number, String name, String question, boolean confirmed) {
        String refusal = policy.refusal(number);
        if (refusal != null) {
            return refused(site, number, name, refusal);
        }
        TelephonyProvider phone = telephony.get();
        if (phone == null) {
            return Response.say("No phone system is set up, so I can't make calls.");
        }
        if (!confirmed) {
            if (overLimit(site, false)) {
                return refused(site, number, name, "This room has made too many calls this hour. Try again later.");
            }
            return Response.confirm(question);
        }
        if (overLimit(site, true)) {
            return refused(site, number, name, "This room has made too many calls this hour. Try again later.");
        }
        String who = name.isEmpty() ? SpokenNumbers.spoken(number) : name;
        try {
            Call call = phone.originate(site, number);
            followed.put(call.id(), new Followed(name, false, site));
            lastDialled.put(site, number);
            return Response.say("Calling " + who + ".");
        } catch (TelephonyException e) {
            log.add(new CallRecord(clock.instant(), Call.Direction.OUTBOUND, number, name, Duration.ZERO, "failed",
                    site));
            return Response.say("I couldn't call " + who + ": " + e.getMessage());
        }
    }

    private boolean overLimit(String site, boolean count) {
        Deque<Instant> recent = attempts.computeIfAbsent(site, s -> new ArrayDeque<>());
        synchronized (recent) {
            Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
            while (!recent.isEmpty() && recent.peekFirst().isBefore(hourAgo)) {
                recent.pollFirst();
            }
            if (recent.size() >= settings.callsPerHour()) {
                return true;
            }
            if (count) {
                recent.addLast(clock.instant());
            }
            return false;
        }
    }

    private Response refused(String site, String number, String name, String why) {
        if (NumberPolicy.isValid(number)) {
            log.add(new CallRecord(clock.instant(), Call.Direction.OUTBOUND, number, name, Duration.ZERO, "refused",
                    site));
        }
        return Response.say(why);
    }

    // ---- emergency ----

    private String emergencyNumberIn(String text) {
        Optional<String> said = SpokenNumbers.parse(text.replaceFirst("(?i)^\\s*(call|dial)\\s+", ""));
        return said.filter(policy::isEmergency).orElse(policy.emergencyNumbers().isEmpty() ? "911"
                : policy.emergencyNumbers().get(0));
    }

    /** Dials at once, through every rule; says plainly when it cannot, and logs every attempt. */
    Response emergency(String site, String number) {
        String spoken = SpokenNumbers.spoken(number);
        String instead = " Use a mobile phone or another phone to call " + spoken + " now.";
        TelephonyProvider phone = telephony.get();
        if (phone == null || !phone.hasEmergencyRoute()) {
            LOG.warn("EMERGENCY call to {} from site {}: no emergency route is configured", number, site);
            logEmergency(site, number, "emergency: no route");
            return Response.say("I can't call " + spoken + ": no emergency route is set up on this phone system."
                    + instead);
        }
        try {
            Call call = phone.originateEmergency(site, number);
            followed.put(call.id(), new Followed("", true, site));
            LOG.warn("EMERGENCY call to {} from site {}: dialling", number, site);
            logEmergency(site, number, "emergency: dialling");
            return Response.say("Calling " + spoken + " now.");
        } catch (TelephonyException e) {
            LOG.warn("EMERGENCY call to {} from site {} failed: {}", number, site, e.getMessage());
            logEmergency(site, number, "emergency: failed");
            return Response.say("The emergency call to " + spoken + " failed: " + e.getMessage() + instead);
        }
    }

    private void logEmergency(String site, String number, String outcome) {
        log.add(new CallRecord(clock.instant(), Call.Direction.OUTBOUND, number, "", Duration.ZERO, outcome, site));
    }

    // ---- the call in progress ----

    private Response hangUp(String site) {
        TelephonyProvider phone = telephony.get();
        if (phone == null) {
            return Response.say("There is no call to hang up.");
        }
        Optional<Call> call = phone.activeCalls().stream().filter(c -> site.equals(c.site())).findFirst();
        if (call.isEmpty()) {
            return Response.say("There is no call to hang up.");
        }
        try {
            phone.hangup(call.get().id());
            return Response.say("Hanging up.");
        } catch (TelephonyException e) {
            return Response.say(e.getMessage());
        }
    }

    private Response answer(String site) {
        TelephonyProvider phone = telephony.get();
        Optional<String> id = ringingFor(site);
        if (phone == null || id.isEmpty()) {
            return Response.say("Nothing is ringing.");
        }
        try {
            phone.answer(id.get(), site);
            return Response.say("Connecting.");
        } catch (TelephonyException e) {
            return Response.say(e.getMessage());
        }
    }

    private Response ignore(String site) {
        TelephonyProvider phone = telephony.get();
        Optional<String> id = ringingFor(site);
        if (phone == null || id.isEmpty()) {
            return Response.say("Nothing is ringing.");
        }
        try {
            phone.divert(id.get(), settings.screenedTo());
            return Response.say(settings.screenedTo() == IncomingCallDecision.BUSY ? "Okay, I turned it away."
                    : "Okay, it goes to voicemail.");
        } catch (TelephonyException e) {
            return Response.say(e.getMessage());
        }
    }

    /** The call ringing on this site, or on any site when this one has none (one household, one phone). */
    private Optional<String> ringingFor(String site) {
        String id = ringing.get(site);
        return id != null ? Optional.of(id) : ringing.values().stream().findFirst();
    }

    // ---- incoming calls and events ----

    IncomingCallDecision screen(Call call) {
        String site = call.site();
        if (rules.doNotDisturb(site) || !rules.withinHours(site, clock.instant().atZone(zone).toLocalTime())) {
            LOG.info("Incoming call screened on site {}: {}", site, settings.screenedTo());
            return settings.screenedTo();
        }
        return IncomingCallDecision.ANNOUNCE;
    }

    void onCallEvent(CallEvent event) {
        Call call = event.call();
        String site = call.site();
        switch (call.state()) {
            case RINGING -> {
                if (call.direction() == Call.Direction.INBOUND) {
                    ringing.put(site, call.id());
                    say(site, "Incoming call from " + caller(call.number()) + ".");
                }
            }
            case ANSWERED -> {
                answered.add(call.id());
                ringing.remove(site, call.id());
            }
            case ENDED -> ended(event);
        }
    }

    private void ended(CallEvent event) {
        Call call = event.call();
        String site = call.site();
        ringing.remove(site, call.id());
        boolean wasAnswered = answered.remove(call.id());
        Followed known = followed.remove(call.id());
        String name = known != null ? known.name()
                : contacts.byNumber(call.number()).map(Contact::name).orElse("");
        String outcome;
        if (wasAnswered) {
            outcome = event.reason().equals("dropped") ? "dropped" : "answered";
        } else if (call.direction() == Call.Direction.INBOUND
                && (event.reason().equals("no-answer") || event.reason().equals("hangup"))) {
            outcome = "missed";
        } else {
            outcome = event.reason().isEmpty() ? "ended" : event.reason();
        }
        if (known != null && known.emergency()) {
            outcome = "emergency: " + outcome;
        }
        log.add(new CallRecord(call.started(), call.direction(), call.number(), name, event.duration(), outcome,
                site));
        String who = name.isEmpty() ? SpokenNumbers.spoken(call.number()) : name;
        if (known != null && known.emergency() && !wasAnswered) {
            say(site, "The emergency call did not connect. Use a mobile phone or another phone to call "
                    + SpokenNumbers.spoken(call.number()) + " now.");
        } else if (event.reason().equals("dropped")) {
            say(site, "The call dropped.");
        } else if (call.direction() == Call.Direction.OUTBOUND && !wasAnswered) {
            switch (event.reason()) {
                case "busy" -> say(site, who + " is busy.");
                case "no-answer" -> say(site, who + " didn't answer.");
                case "failed" -> say(site, "The call to " + who + " didn't go through.");
                default -> { }
            }
        } else if (call.direction() == Call.Direction.INBOUND && outcome.equals("missed")) {
            say(site, "You missed a call from " + caller(call.number()) + ".");
        }
    }

    private String caller(String number) {
        return contacts.byNumber(number).map(Contact::name)
                .orElse("unknown".equals(number) ? "an unknown number" : SpokenNumbers.spoken(number));
    }

    private void say(String site, String text) {
        Speaker current = speaker.get();
        if (current != null) {
            current.say(site, text);
        }
    }

    // ---- the call log ----

    private Response whoCalled() {
        List<CallRecord> inbound = log.entries().stream().filter(r -> r.direction() == Call.Direction.INBOUND)
                .limit(3).toList();
        if (inbound.isEmpty()) {
            return Response.say("Nobody has called.");
        }
        return Response.say(inbound.stream()
                .map(r -> (r.contact().isEmpty() ? caller(r.number()) : r.contact()) + " called at " + time(r)
                        + " (" + r.outcome() + ")")
                .collect(Collectors.joining("; ")) + ".");
    }

    private Response readHistory() {
        List<CallRecord> records = log.entries();
        if (records.isEmpty()) {
            return Response.say("Your call history is empty.");
        }
        List<String> lines = new ArrayList<>();
        for (CallRecord r : records.subList(0, Math.min(5, records.size()))) {
            String who = r.contact().isEmpty() ? SpokenNumbers.spoken(r.number()) : r.contact();
            lines.add((r.direction() == Call.Direction.INBOUND ? "From " : "To ") + who + " at " + time(r) + ", "
                    + r.outcome() + ", " + r.duration().toSeconds() + " seconds");
        }
        return Response.say(records.size() + (records.size() == 1 ? " call. " : " calls. ")
                + String.join("; ", lines) + ".");
    }

    private Response deleteHistory(boolean confirmed) {
        if (!confirmed) {
            return Response.confirm("Delete your whole call history?");
        }
        int deleted = log.deleteAll();
        return Response.say("Deleted " + deleted + (deleted == 1 ? " call" : " calls") + " from your call history.");
    }

    private String time(CallRecord record) {
        return TIME.format(record.time().atZone(zone));
    }

    // ---- household ----

    private Response dnd(String site, boolean on) {
        rules.setDoNotDisturb(site, on);
        return Response.say(on ? "Do not disturb is on. Calls go to " + screenedWord() + "."
                : "Do not disturb is off.");
    }

    private String screenedWord() {
        return settings.screenedTo() == IncomingCallDecision.BUSY ? "busy" : "voicemail";
    }

    private Response announce(SkillRequest request) {
        if (!rules.mayAnnounce(request.site())) {
            return Response.say("This room is not allowed to make announcements.");
        }
        Optional<String> message = slotText(request, "message");
        if (message.isEmpty() || message.get().isBlank()) {
            return Response.askFor("message", "What should I announce?");
        }
        for (String site : settings.announceOn()) {
            if (!site.equals(request.site())) {
                say(site, "Announcement: " + message.get());
            }
        }
        return Response.say("Announced.");
    }

    private List<String> dropInSentences() {
        Set<String> sentences = new LinkedHashSet<>(List.of("drop in on {site}", "drop in on the {site}"));
        for (String site : settings.announceOn()) {
            sentences.add("drop in on " + site);
            sentences.add("drop in on the " + site);
        }
        return List.copyOf(sentences);
    }

    private Response dropIn(SkillRequest request) {
        String site = request.site();
        if (!rules.mayDropIn(site)) {
            return Response.say("This room is not allowed to drop in.");
        }
        String target = slotText(request, "site").orElseGet(() -> Contacts.normal(request.intent().text())
                .replaceFirst("^drop in on (the )?", "").strip());
        if (!settings.announceOn().contains(target)) {
            return Response.say("I don't know a room called " + target + ".");
        }
        if (target.equals(site)) {
            return Response.say("You are already in the " + target + ".");
        }
        TelephonyProvider phone = telephony.get();
        if (phone == null) {
            return Response.say("No phone system is set up, so I can't connect rooms.");
        }
        try {
            Call call = phone.dropIn(site, target);
            followed.put(call.id(), new Followed("the " + target, false, site));
            return Response.say("Dropping in on the " + target + ".");
        } catch (TelephonyException e) {
            return Response.say("I couldn't drop in on the " + target + ": " + e.getMessage());
        }
    }

    private static Optional<String> slotText(SkillRequest request, String slot) {
        return request.intent().slot(slot).map(v -> v.value() instanceof String s ? s : v.text())
                .filter(s -> !s.isBlank());
    }

    private static String words(String number) {
        String[] names = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };
        return number.chars().filter(Character::isDigit).mapToObj(c -> names[c - '0'])
                .collect(Collectors.joining(" "));
    }
}
