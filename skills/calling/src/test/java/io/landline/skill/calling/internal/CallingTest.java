package io.landline.skill.calling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.landline.api.intent.Intent;
import io.landline.api.intent.SlotValue;
import io.landline.api.skill.Response;
import io.landline.api.skill.SkillRequest;
import io.landline.api.telephony.Call;
import io.landline.api.telephony.CallEvent;
import io.landline.api.telephony.CallRecord;
import io.landline.api.telephony.IncomingCallDecision;
import io.landline.api.telephony.TelephonyException;
import io.landline.api.telephony.TelephonyProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallingTest {

    /** A phone system that records what it was asked to do. */
    static final class FakeTelephony implements TelephonyProvider {
        final List<String> dialled = new ArrayList<>();
        final List<String> emergencies = new ArrayList<>();
        final List<String> answered = new ArrayList<>();
        final List<String> diverted = new ArrayList<>();
        boolean route = true;
        int next;

        @Override
        public boolean isConnected() {
            return true;
        }

        @Override
        public Call originate(String site, String number) {
            dialled.add(number);
            return new Call("c" + next++, Call.Direction.OUTBOUND, number, site, Call.State.RINGING, Instant.EPOCH);
        }

        @Override
        public boolean hasEmergencyRoute() {
            return route;
        }

        @Override
        public Call originateEmergency(String site, String number) throws TelephonyException {
            if (!route) {
                throw new TelephonyException("No emergency route is configured.");
            }
            emergencies.add(number);
            return new Call("e" + next++, Call.Direction.OUTBOUND, number, site, Call.State.RINGING, Instant.EPOCH);
        }

        @Override
        public Call dropIn(String site, String targetSite) {
            dialled.add("site:" + targetSite);
            return new Call("d" + next++, Call.Direction.OUTBOUND, targetSite, site, Call.State.RINGING,
                    Instant.EPOCH);
        }

        @Override
        public void answer(String callId, String site) {
            answered.add(callId);
        }

        @Override
        public void divert(String callId, IncomingCallDecision decision) {
            diverted.add(callId + ":" + decision);
        }

        @Override
        public void hangup(String callId) {
        }

        @Override
        public List<Call> activeCalls() {
            return List.of();
        }
    }

    @TempDir
    Path folder;
    FakeTelephony phone;
    List<String> said;
    HouseRules rules;
    CallLog log;
    Calling calling;
    Instant now = Instant.parse("2026-11-22T12:00:00Z");

    @BeforeEach
    void setUp() {
        phone = new FakeTelephony();
        said = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Contacts contacts = Contacts.load(null, "Mom: mobile=555-0100, home=5550111; Dad: 5550122; "
                + "Evil: 500&PJSIP/x; Abroad: +445550100", problems::add);
        assertThat(problems).singleElement().asString().contains("Evil").doesNotContain("PJSIP");
        rules = new HouseRules(Set.of(), Map.of("night", HouseRules.Hours.parse("07:00-22:00")), Set.of("default"));
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        log = new CallLog(folder.resolve("calls.tsv"), Duration.ofDays(30), clock);
        calling = new Calling(() -> phone, () -> (site, text) -> said.add(site + ": " + text), contacts,
                new NumberPolicy(List.of("911", "112", "999"), List.of("+", "00", "011", "1900", "900"),
                        List.of("+44")),
                rules, log, new Calling.Settings(Set.of("mom", "abroad"), "4321", 3, IncomingCallDecision.VOICEMAIL,
                        List.of("default", "kitchen")),
                clock, ZoneId.of("UTC"));
    }

    private static SkillRequest request(String intent, String text, Map<String, SlotValue> slots, boolean confirmed) {
        return new SkillRequest(new Intent("calling", intent, slots, 1.0, text, text), "default", confirmed);
    }

    private Response say(String intent, String text) {
        return calling.handle(request(intent, text, Map.of(), false));
    }

    @Test
    void callingAContactAsksFirstAndDialsOnlyWhenConfirmed() {
        Response first = say("CallContact", "call mom");
        assertThat(first.text()).isEqualTo("Call Mom, mobile?");
        assertThat(first.expect()).isEqualTo(Response.Expect.CONFIRMATION);
        assertThat(phone.dialled).isEmpty();
        assertThat(calling.handle(request("CallContact", "call mom", Map.of(), true)).text())
                .isEqualTo("Calling Mom.");
        assertThat(phone.dialled).containsExactly("5550100");
    }

    @Test
    void labelsChooseTheNumberFromTextOrSlots() {
        assertThat(calling.handle(request("CallContact", "call mom's home", Map.of(), true)).text())
                .isEqualTo("Calling Mom.");
        assertThat(calling.handle(request("CallContact", "call x",
                Map.of("contact", SlotValue.ofText("mom"), "label", SlotValue.ofText("mobile")), true)).text())
                .isEqualTo("Calling Mom.");
        assertThat(phone.dialled).containsExactly("5550111", "5550100");
        assertThat(say("CallContact", "call mom's work").text()).isEqualTo("Mom has no work number.");
        assertThat(say("CallContact", "call santa").text()).isEqualTo("I don't have a contact called santa.");
    }

    @Test
    void hostileDictatedNumbersAreRefusedAndNothingIsDialled() {
        for (String hostile : List.of("500&PJSIP/x", "five hundred and x", "CALLME", "5".repeat(200),
                "555,0100)", "1;Hangup")) {
            Response answer = calling.handle(request("CallNumber", "call " + hostile,
                    Map.of("number", new SlotValue(hostile, hostile)), true));
            assertThat(answer.text()).as(hostile).startsWith("That isn't a phone number I can dial");
        }
        assertThat(phone.dialled).isEmpty();
        assertThat(phone.emergencies).isEmpty();
    }

    @Test
    void contactsWithHostileNumbersHaveNoNumber() {
        assertThat(say("CallContact", "call evil").text()).isEqualTo("I have no number for Evil that I can dial.");
    }

    @Test
    void emergencyDialsAtOnceThroughDndAndTheHourlyLimit() {
        rules.setDoNotDisturb("default", true);
        for (int i = 0; i < 3; i++) {
            calling.handle(request("CallContact", "call dad", Map.of(), true));
        }
        Response answer = say("CallEmergency", "call nine one one");
        assertThat(answer.text()).isEqualTo("Calling 9 1 1 now.");
        assertThat(answer.expect()).isEqualTo(Response.Expect.NOTHING);
        assertThat(phone.emergencies).containsExactly("911");
        assertThat(calling.handle(request("CallNumber", "call one one two",
                Map.of("number", new SlotValue("one one two", "112")), false)).text()).isEqualTo("Calling 1 1 2 now.");
        assertThat(log.entries()).extracting(CallRecord::outcome).contains("emergency: dialling");
    }

    @Test
    void withoutAnEmergencyRouteTheAnswerIsHonestAndLogged() {
        phone.route = false;
        assertThat(say("CallEmergency", "call 999").text()).isEqualTo("I can't call 9 9 9: no emergency route is "
                + "set up on this phone system. Use a mobile phone or another phone to call 9 9 9 now.");
        assertThat(log.entries()).singleElement().extracting(CallRecord::outcome).isEqualTo("emergency: no route");
    }

    @Test
    void aFailedEmergencyCallIsReportedPlainly() {
        calling.handle(request("CallEmergency", "call 911", Map.of(), false));
        Call call = new Call("e0", Call.Direction.OUTBOUND, "911", "default", Call.State.ENDED, now);
        calling.onCallEvent(new CallEvent(call, "failed", Duration.ZERO, now));
        assertThat(said).containsExactly("default: The emergency call did not connect. Use a mobile phone or "
                + "another phone to call 9 1 1 now.");
        assertThat(log.entries()).extracting(CallRecord::outcome).contains("emergency: failed");
    }

    @Test
    void otherNumbersNeedThePinWhichIsNeverWritten() throws Exception {
        Map<String, SlotValue> number = new HashMap<>(Map.of("number", new SlotValue("five five five", "5550199")));
        Response ask = calling.handle(request("CallNumber", "call five five five", number, false));
        assertThat(ask.expect()).isEqualTo(Response.Expect.SLOT);
        assertThat(ask.slot()).isEqualTo("pin");
        number.put("pin", SlotValue.ofText("one two three four"));
        assertThat(calling.handle(request("CallNumber", "call", number, false)).text())
                .isEqualTo("That PIN is not right. I won't call that number.");
        assertThat(phone.dialled).isEmpty();
        number.put("pin", SlotValue.ofText("four three two one"));
        assertThat(calling.handle(request("CallNumber", "call", number, false)).text())
                .isEqualTo("Calling 5 5 5 0 1 9 9.");
        assertThat(phone.dialled).containsExactly("5550199");
        assertThat(Files.readString(folder.resolve("calls.tsv"))).doesNotContain("4321");
    }

    @Test
    void contactNumbersDialledByDigitsNeedOnlyConfirmation() {
        Response answer = calling.handle(request("CallNumber", "call", Map.of("number",
                new SlotValue("five five five zero one zero zero", "5550100")), false));
        assertThat(answer.text()).isEqualTo("Call Mom?");
    }

    @Test
    void premiumAndInternationalPrefixesAreRefusedUnlessAllowed() {
        Map<String, SlotValue> pin = Map.of("pin", SlotValue.ofText("4321"));
        for (String number : List.of("19005550100", "0049301234", "+15550100")) {
            Map<String, SlotValue> slots = new HashMap<>(pin);
            slots.put("number", new SlotValue(number, number));
            assertThat(calling.handle(request("CallNumber", "call", slots, true)).text()).as(number)
                    .startsWith("I'm not allowed to call numbers starting with");
        }
        assertThat(phone.dialled).isEmpty();
        assertThat(calling.handle(request("CallContact", "call abroad", Map.of(), true)).text())
                .isEqualTo("Calling Abroad.");
        assertThat(phone.dialled).containsExactly("+445550100");
    }

    @Test
    void callsPerHourPerSiteAreLimited() {
        for (int i = 0; i < 3; i++) {
            assertThat(calling.handle(request("CallContact", "call mom", Map.of(), true)).text())
                    .isEqualTo("Calling Mom.");
        }
        assertThat(calling.handle(request("CallContact", "call mom", Map.of(), true)).text())
                .isEqualTo("This room has made too many calls this hour. Try again later.");
        assertThat(phone.dialled).hasSize(3);
    }

    @Test
    void redialCallsTheLastNumberAfterConfirmation() {
        assertThat(say("Redial", "redial").text()).isEqualTo("There is no number to redial.");
        calling.handle(request("CallContact", "call mom", Map.of(), true));
        assertThat(say("Redial", "redial").text()).isEqualTo("Call Mom again?");
    }

    @Test
    void incomingCallsAreAnnouncedByNameOrNumberAndAnsweredOrIgnored() {
        Call mom = new Call("in1", Call.Direction.INBOUND, "5550100", "default", Call.State.RINGING, now);
        calling.onCallEvent(new CallEvent(mom, "", Duration.ZERO, now));
        assertThat(said).containsExactly("default: Incoming call from Mom.");
        assertThat(say("Answer", "answer").text()).isEqualTo("Connecting.");
        assertThat(phone.answered).containsExactly("in1");

        Call stranger = new Call("in2", Call.Direction.INBOUND, "5550177", "default", Call.State.RINGING, now);
        calling.onCallEvent(new CallEvent(stranger, "", Duration.ZERO, now));
        assertThat(said).last().isEqualTo("default: Incoming call from 5 5 5 0 1 7 7.");
        assertThat(say("Ignore", "ignore").text()).isEqualTo("Okay, it goes to voicemail.");
        assertThat(phone.diverted).containsExactly("in2:VOICEMAIL");
    }

    @Test
    void dndAndCallHoursScreenIncomingCalls() {
        Call call = new Call("in", Call.Direction.INBOUND, "5550100", "default", Call.State.RINGING, now);
        assertThat(calling.screen(call)).isEqualTo(IncomingCallDecision.ANNOUNCE);
        say("DndOn", "turn on do not disturb");
        assertThat(calling.screen(call)).isEqualTo(IncomingCallDecision.VOICEMAIL);
        say("DndOff", "turn off do not disturb");
        assertThat(calling.screen(call)).isEqualTo(IncomingCallDecision.ANNOUNCE);
        Call night = new Call("in", Call.Direction.INBOUND, "5550100", "night", Call.State.RINGING, now);
        assertThat(calling.screen(night)).isEqualTo(IncomingCallDecision.ANNOUNCE); // 12:00 is within 07-22
        rules = new HouseRules(Set.of(), Map.of("night", HouseRules.Hours.parse("22:00-07:00")), Set.of());
        assertThat(rules.withinHours("night", java.time.LocalTime.NOON)).isFalse();
        assertThat(rules.withinHours("night", java.time.LocalTime.of(23, 0))).isTrue();
    }

    @Test
    void endedCallsAreLoggedWithDurationAndDroppedCallsAnnounced() {
        calling.handle(request("CallContact", "call mom", Map.of(), true));
        Call answered = new Call("c0", Call.Direction.OUTBOUND, "5550100", "default", Call.State.ANSWERED, now);
        calling.onCallEvent(new CallEvent(answered, "", Duration.ZERO, now));
        calling.onCallEvent(new CallEvent(new Call("c0", Call.Direction.OUTBOUND, "5550100", "default",
                Call.State.ENDED, now), "dropped", Duration.ofSeconds(42), now));
        assertThat(said).containsExactly("default: The call dropped.");
        assertThat(log.entries()).singleElement().satisfies(r -> {
            assertThat(r.contact()).isEqualTo("Mom");
            assertThat(r.duration()).isEqualTo(Duration.ofSeconds(42));
            assertThat(r.outcome()).isEqualTo("dropped");
        });
        assertThat(say("WhoCalled", "who called").text()).isEqualTo("Nobody has called.");
    }

    @Test
    void announcementsAreGatedPerSite() {
        assertThat(calling.handle(request("Announce", "announce dinner",
                Map.of("message", SlotValue.ofText("dinner is ready")), false)).text()).isEqualTo("Announced.");
        assertThat(said).containsExactly("kitchen: Announcement: dinner is ready");
        SkillRequest fromKitchen = new SkillRequest(new Intent("calling", "Announce",
                Map.of("message", SlotValue.ofText("hi")), 1.0, "announce hi", "announce hi"), "kitchen", false);
        assertThat(calling.handle(fromKitchen).text()).isEqualTo("This room is not allowed to make announcements.");
    }

    @Test
    void dropInIsGatedPerSite() {
        assertThat(say("DropIn", "drop in on the kitchen").text()).isEqualTo("Dropping in on the kitchen.");
        assertThat(phone.dialled).containsExactly("site:kitchen");
        assertThat(say("DropIn", "drop in on the garage").text()).isEqualTo("I don't know a room called garage.");
        SkillRequest fromKitchen = new SkillRequest(new Intent("calling", "DropIn", Map.of(), 1.0,
                "drop in on default", "drop in on default"), "kitchen", false);
        assertThat(calling.handle(fromKitchen).text()).isEqualTo("This room is not allowed to drop in.");
    }

    @Test
    void intentsSpellOutContactsAndEmergencyNumbersForTheExactEngine() {
        assertThat(calling.intents()).filteredOn(i -> i.name().equals("CallContact")).singleElement()
                .satisfies(i -> assertThat(i.sentences()).contains("call {contact}", "call mom",
                        "call mom's mobile", "call mom's home", "call dad"));
        assertThat(calling.intents()).filteredOn(i -> i.name().equals("CallEmergency")).singleElement()
                .satisfies(i -> assertThat(i.sentences()).contains("call 911", "call nine one one", "call 112"));
    }
}
