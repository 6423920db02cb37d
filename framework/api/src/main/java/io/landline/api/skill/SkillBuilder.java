package io.landline.api.skill;

import io.landline.api.intent.IntentDefinition;
import io.landline.api.intent.SlotType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Declares a skill in a few lines: its intents, their sentence templates and slot types, which slots must be
 * filled (the dialog asks for them), which intents need a yes before they run, and a handler per intent.
 *
 * <pre>{@code
 * Skill coin = SkillBuilder.skill("coin", "Coin")
 *         .intent("Flip").sentences("flip a coin", "heads or tails")
 *             .handle(request -> Response.say(random.nextBoolean() ? "Heads." : "Tails."))
 *         .intent("Roll").sentences("roll a {sides} sided die", "roll a die")
 *             .slot("sides", SlotType.Kind.NUMBER)
 *             .handle(request -> Response.say("It's " + roll(request.slot("sides", Long.class).orElse(6L))))
 *         .build();
 * }</pre>
 *
 * The built skill checks, before calling a handler, that every required slot holds a value of its type (else it
 * answers with {@link Response#askFor}, so the next utterance fills the slot), and that an intent needing
 * confirmation was confirmed (else it answers with {@link Response#confirm}). A handler that throws is answered
 * with an apology by the runtime.
 *
 * @since 1.1
 */
public final class SkillBuilder {

    /** Handles one intent. */
    @FunctionalInterface
    public interface Handler {
        /**
         * @param request the intent with its slots filled and checked
         * @return what to say and expect
         */
        Response handle(SkillRequest request);
    }

    private final String id;
    private final String name;
    private final List<IntentBuilder> intents = new ArrayList<>();

    private SkillBuilder(String id, String name) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * @param id   the skill's id, for example {@code coin}
     * @param name its name for people
     * @return a builder
     */
    public static SkillBuilder skill(String id, String name) {
        return new SkillBuilder(id, name);
    }

    /**
     * Starts declaring an intent.
     *
     * @param name the intent's name, unique within the skill
     * @return the intent's builder; its {@link IntentBuilder#handle} returns to this builder
     */
    public IntentBuilder intent(String name) {
        IntentBuilder intent = new IntentBuilder(name);
        intents.add(intent);
        return intent;
    }

    /**
     * @return the skill
     * @throws IllegalStateException when an intent has no sentence or no handler
     */
    public Skill build() {
        Map<String, IntentBuilder> byName = new LinkedHashMap<>();
        List<IntentDefinition> definitions = new ArrayList<>();
        for (IntentBuilder intent : intents) {
            if (intent.handler == null) {
                throw new IllegalStateException("intent " + intent.name + " has no handler");
            }
            if (byName.put(intent.name, intent) != null) {
                throw new IllegalStateException("intent " + intent.name + " is declared twice");
            }
            definitions.add(new IntentDefinition(intent.name, intent.sentences, intent.slots));
        }
        return new Built(id, name, List.copyOf(definitions), Map.copyOf(byName));
    }

    /** Declares one intent. */
    public final class IntentBuilder {
        private final String name;
        private final List<String> sentences = new ArrayList<>();
        private final Map<String, SlotType> slots = new LinkedHashMap<>();
        private final Map<String, String> questions = new LinkedHashMap<>();
        private Function<SkillRequest, String> confirmation;
        private Handler handler;

        private IntentBuilder(String name) {
            this.name = name;
        }

        /**
         * @param templates sentence templates; the first is the example shown by help
         * @return this
         */
        public IntentBuilder sentences(String... templates) {
            sentences.addAll(List.of(templates));
            return this;
        }

        /**
         * Declares an optional slot.
         *
         * @param slot the slot's name as used in the templates
         * @param kind its kind, other than {@link SlotType.Kind#LIST}
         * @return this
         */
        public IntentBuilder slot(String slot, SlotType.Kind kind) {
            return slot(slot, SlotType.of(kind));
        }

        /**
         * @param slot the slot's name
         * @param type its type
         * @return this
         */
        public IntentBuilder slot(String slot, SlotType type) {
            slots.put(slot, type);
            return this;
        }

        /**
         * Declares a slot the handler needs; when it is missing the dialog asks the question.
         *
         * @param slot     the slot's name
         * @param type     its type
         * @param question for example "Who should I call?"
         * @return this
         */
        public IntentBuilder required(String slot, SlotType type, String question) {
            slots.put(slot, type);
            questions.put(slot, question);
            return this;
        }

        /**
         * @param slot     the slot's name
         * @param kind     its kind
         * @param question the question that asks for it
         * @return this
         */
        public IntentBuilder required(String slot, SlotType.Kind kind, String question) {
            return required(slot, SlotType.of(kind), question);
        }

        /**
         * Makes the intent ask a yes/no question before it runs.
         *
         * @param question the question for a request, for example {@code r -> "Call Mom, mobile?"}
         * @return this
         */
        public IntentBuilder confirm(Function<SkillRequest, String> question) {
            this.confirmation = question;
            return this;
        }

        /**
         * @param handler what the intent does
         * @return the skill's builder, to declare the next intent or build
         */
        public SkillBuilder handle(Handler handler) {
            this.handler = Objects.requireNonNull(handler, "handler");
            return SkillBuilder.this;
        }
    }

    /** The Java type of a slot value of a kind. */
    static Class<?> typeOf(SlotType.Kind kind) {
        return switch (kind) {
            case NUMBER -> Long.class;
            case DURATION -> Duration.class;
            case TIME -> LocalTime.class;
            case DATE -> LocalDate.class;
            default -> String.class;
        };
    }

    private record Built(String id, String name, List<IntentDefinition> intents, Map<String, IntentBuilder> byName)
            implements Skill {

        @Override
        public Response handle(SkillRequest request) {
            IntentBuilder intent = byName.get(request.intent().name());
            if (intent == null) {
                return Response.say("The " + name + " skill does not know " + request.intent().name() + ".");
            }
            for (Map.Entry<String, String> required : intent.questions.entrySet()) {
                Class<?> type = typeOf(intent.slots.get(required.getKey()).kind());
                if (request.slot(required.getKey(), type).isEmpty()) {
                    boolean wrong = request.intent().slot(required.getKey()).isPresent();
                    return Response.askFor(required.getKey(),
                            (wrong ? "Sorry, I didn't get that. " : "") + required.getValue());
                }
            }
            if (intent.confirmation != null && !request.confirmed()) {
                return Response.confirm(intent.confirmation.apply(request));
            }
            return intent.handler.handle(request);
        }
    }
}
