package io.landline.nlu.templates.internal;

import io.landline.api.intent.Intent;
import io.landline.api.intent.IntentCatalog;
import io.landline.api.intent.IntentDefinition;
import io.landline.api.intent.SlotType;
import io.landline.api.intent.SlotValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every template of one catalog version, compiled, with an index from words to the templates that contain them.
 * Matching scores each candidate template by the cheapest alignment of the words heard to a path through its
 * graph: skipped template words, extra words heard and misheard words cost; slots take any words their type can
 * read. Immutable and thread-safe.
 */
final class CompiledCatalog {

    /** Costs of the alignment; fillers ("please", "the") are cheap to add, misheard words cheaper than wrong ones. */
    static final double EXTRA_WORD = 1.0;
    static final double EXTRA_FILLER = 0.25;
    static final double MISSING_WORD = 1.0;
    static final double WRONG_WORD = 1.0;
    static final double SIMILAR_WORD = 0.4;
    /** Prefers typed and literal matches over free text swallowing words; used for ranking, not confidence. */
    static final double TEXT_WORD = 0.05;
    /**
     * What free text costs beside a template word heard as a different word: free text takes any words, so only
     * the words heard around it say where it starts and ends. With "put" heard as "tell", "put {item} on my shopping
     * list" would read "tell me what's on my shopping list" as the item "me what's" for one wrong word.
     */
    static final double UNANCHORED_TEXT = 0.5;
    /**
     * What each word of free text costs in ranking when the intent's own templates use it, unless the text is one of
     * the slot's examples: such a word is more likely the template's own word misheard around it than part of the
     * value. With "to" heard as "and", "add {item}" would take "brown bread and the shopping list please" as the item
     * rather than "add {item} to the shopping list please" with one wrong word. Ranking only, and less than an
     * {@link #EXTRA_WORD}: where no template explains the word better, as in "add shopping list pads", the text
     * keeps it at full confidence rather than dropping it.
     */
    static final double OWN_WORD_AS_TEXT = 0.9;
    /** Utterances are cut to this many words; nobody says more to a voice assistant in one go. */
    static final int MAX_WORDS = 40;
    static final int MAX_TYPED_SLOT_WORDS = 10;
    /** How many words a free-text value may be longer than the slot's longest example. */
    static final int EXAMPLE_TEXT_SLACK = 3;

    /** Two intents whose alignments differ by less than this are a tie. */
    static final double AMBIGUOUS = 0.3;
    static final double AMBIGUITY_FACTOR = 0.85;
    /**
     * The confidence of a guess from {@link WordEvidence}: the engine's default least confidence, below the
     * dialog's, so that a guess is offered as "did you mean", never acted on.
     */
    static final double GUESS = 0.6;
    /**
     * The least confidence of a sentence in {@link #isSentence}: the dialog's for acting without asking, so that a
     * tie between two intents is no sentence.
     */
    static final double SENTENCE = 0.8;
    /**
     * Kinds of slot value that say which intent is meant as a word does, for {@link WordEvidence}: "ten past six"
     * speaks for the alarm, "twenty minutes" for a timer. Not numbers or digits: most intents take them.
     */
    static final Set<SlotType.Kind> TELLING_KINDS = EnumSet.of(SlotType.Kind.DURATION, SlotType.Kind.TIME,
            SlotType.Kind.DATE);
    private static final SlotType NUMBER = SlotType.of(SlotType.Kind.NUMBER);
    private static final SlotType DIGITS = SlotType.of(SlotType.Kind.DIGITS);

    /** Said after a request as readily as "please" ("roll a die for me"). */
    private static final List<String> FOR_ME = List.of("for", "me");

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Object NO_VALUE = new Object();

    /**
     * @param ownWords the literal words of all its intent's templates that tell intents apart, and the
     *                 {@link #kindWord} of each of its slots of a {@link #TELLING_KINDS} kind
     * @param examples by slot, the examples of each free-text slot of its intent, normalised
     * @param tails    what its intent's templates say after a free-text slot
     */
    private record Compiled(IntentCatalog.Entry entry, Graph graph, int order, Set<String> ownWords,
            Map<String, Set<String>> examples, TextTails tails) {
    }

    /** The best alignment found for one template. */
    private record Match(Compiled template, double cost, double rank, int pathWords, int slotExtra,
            Map<String, SlotValue> slots,
            String sentence) {
    }

    private final long version;
    private final List<Compiled> templates;
    private final Map<String, int[]> byWord;
    private final int[] wordless;
    /** Each intent's templates, for aligning a guess with them. */
    private final Map<IntentCatalog.Entry, List<Compiled>> byIntent;
    private final WordEvidence evidence;
    /** By intent ("skill/intent") and slot, the examples of each free-text slot, normalised. */
    private final Map<String, Map<String, Set<String>>> textExamples = new HashMap<>();
    private final Map<String, String> problems;
    private final SlotParsers parsers;

    private CompiledCatalog(long version, List<Compiled> templates, Map<String, int[]> byWord, int[] wordless,
            Map<String, String> problems, SlotParsers parsers) {
        this.version = version;
        this.templates = templates;
        this.byWord = byWord;
        this.wordless = wordless;
        Map<IntentCatalog.Entry, List<Compiled>> byIntent = new LinkedHashMap<>();
        Map<IntentCatalog.Entry, Set<String>> words = new LinkedHashMap<>();
        for (Compiled template : templates) {
            byIntent.computeIfAbsent(template.entry(), e -> new ArrayList<>()).add(template);
            // An intent's templates share its words and examples.
            words.putIfAbsent(template.entry(), template.ownWords());
            textExamples.putIfAbsent(intentKey(template.entry()), template.examples());
        }
        this.byIntent = byIntent;
        this.evidence = WordEvidence.of(words);
        this.problems = problems;
        this.parsers = parsers;
    }

    long version() {
        return version;
    }

    /** @return rejected templates and undeclared slots, by source ("template in skill clock") */
    Map<String, String> problems() {
        return problems;
    }

    static CompiledCatalog compile(IntentCatalog catalog, SlotParsers parsers) {
        List<Compiled> templates = new ArrayList<>();
        Map<String, List<Integer>> byWord = new HashMap<>();
        List<Integer> wordless = new ArrayList<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (IntentCatalog.Entry entry : catalog.entries()) {
            IntentDefinition intent = entry.intent();
            String source = "template in skill " + entry.skillId();
            Map<String, Graph.CompiledSlot> slots = new HashMap<>();
            intent.slots().forEach((name, type) -> slots.put(name, compileSlot(name, type)));
            // Filled in as the intent's templates are compiled; shared by them.
            Set<String> ownWords = new HashSet<>();
            Map<String, Set<String>> examples = new HashMap<>();
            TextTails tails = new TextTails();
            intent.slots().forEach((name, type) -> {
                if (type.kind() == SlotType.Kind.TEXT) {
                    examples.put(name, type.values().stream().map(Words::normalize).collect(Collectors.toSet()));
                }
                if (TELLING_KINDS.contains(type.kind())) {
                    ownWords.add(kindWord(type.kind()));
                }
            });
            for (String sentence : intent.sentences()) {
                Template template;
                try {
                    template = Template.parse(sentence);
                } catch (Template.TemplateException e) {
                    problems.putIfAbsent(source, intent.name() + ": \"" + abbreviate(sentence) + "\" is ignored: "
                            + e.getMessage());
                    continue;
                }
                for (String slot : template.slots()) {
                    if (!slots.containsKey(slot)) {
                        problems.putIfAbsent(source, intent.name() + ": slot {" + slot
                                + "} has no declared type; it is read as free text");
                        slots.put(slot, compileSlot(slot, SlotType.text()));
                    }
                }
                Graph graph = Graph.compile(template, slots);
                tails.add(template, intent.slots());
                int index = templates.size();
                templates.add(new Compiled(entry, graph, index, ownWords, examples, tails));
                if (graph.words.isEmpty()) {
                    wordless.add(index);
                }
                graph.words.keySet().stream().filter(WordEvidence::tells).forEach(ownWords::add);
                for (Map.Entry<String, Integer> word : graph.words.entrySet()) {
                    List<Integer> list = byWord.computeIfAbsent(word.getKey(), w -> new ArrayList<>());
                    list.add(index);
                    list.add(word.getValue());
                }
            }
        }
        Map<String, int[]> index = new HashMap<>();
        byWord.forEach((word, list) -> index.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
        return new CompiledCatalog(catalog.version(), List.copyOf(templates), index,
                wordless.stream().mapToInt(Integer::intValue).toArray(), Map.copyOf(problems), parsers);
    }

    private static Graph.CompiledSlot compileSlot(String name, SlotType type) {
        if (type.kind() == SlotType.Kind.TEXT) {
            return new Graph.CompiledSlot(name, type, Map.of(), textWords(type));
        }
        if (type.kind() != SlotType.Kind.LIST) {
            return new Graph.CompiledSlot(name, type, Map.of(), MAX_TYPED_SLOT_WORDS);
        }
        Map<String, String> values = new HashMap<>();
        int longest = 1;
        for (String value : type.values()) {
            List<String> words = Words.tokens(value);
            if (!words.isEmpty()) {
                values.putIfAbsent(String.join(" ", words), value);
                longest = Math.max(longest, words.size());
            }
        }
        return new Graph.CompiledSlot(name, type, values, longest);
    }

    /**
     * @return the most words a free-text slot takes: {@link #EXAMPLE_TEXT_SLACK} more than its longest example when
     *         it has examples (a timer's name is a word or two: "set the alarm for five in the morning timer" is
     *         no timer named "the alarm for five in the morning"), otherwise {@link #MAX_WORDS}
     */
    private static int textWords(SlotType type) {
        int longest = type.values().stream().mapToInt(v -> Words.tokens(v).size()).max().orElse(0);
        return longest == 0 ? MAX_WORDS : longest + EXAMPLE_TEXT_SLACK;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /**
     * @param text          what was heard
     * @param minConfidence below this, nothing is returned
     * @return the best intent, if any is close enough
     */
    Optional<Intent> recognize(String text, double minConfidence) {
        List<String> all = Words.tokens(text);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Optional<Intent> asSaid = recognize(text, all, minConfidence);
        int size = all.size();
        if (size <= FOR_ME.size() || !all.subList(size - FOR_ME.size(), size).equals(FOR_ME)) {
            return asSaid;
        }
        // A closing "for me" is no part of the request, as "please" is not; left in, a short template's free text
        // takes it ("add {item}" heard the item "garlic to the grocery list for me").
        Optional<Intent> without = recognize(text, all.subList(0, size - FOR_ME.size()), minConfidence);
        return without.isPresent() && (asSaid.isEmpty() || without.get().confidence() >= asSaid.get().confidence())
                ? without : asSaid;
    }

    private Optional<Intent> recognize(String text, List<String> all, double minConfidence) {
        String[] words = all.subList(0, Math.min(all.size(), MAX_WORDS)).toArray(String[]::new);
        // Candidates: templates sharing words with the utterance, most shared first. Each heard word counts once
        // per occurrence, so a template's exactly matched words never exceed its overlap.
        int[] overlap = new int[templates.size()];
        List<Integer> candidates = new ArrayList<>();
        for (int w : wordless) {
            candidates.add(w);
        }
        Map<String, Integer> heardCounts = new HashMap<>();
        for (String word : words) {
            heardCounts.merge(word, 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> heard : heardCounts.entrySet()) {
            int[] list = byWord.get(heard.getKey());
            if (list != null) {
                for (int k = 0; k < list.length; k += 2) {
                    int t = list[k];
                    if (overlap[t] == 0) {
                        candidates.add(t);
                    }
                    overlap[t] += Math.min(heard.getValue(), list[k + 1]);
                }
            }
        }
        candidates.sort((a, b) -> overlap[b] != overlap[a] ? overlap[b] - overlap[a] : a - b);
        int states = 0;
        for (int t : candidates) {
            states = Math.max(states, templates.get(t).graph().out.length);
        }
        Scratch scratch = new Scratch(states * (words.length + 1));
        Map<Object, Object[]> values = new IdentityHashMap<>();
        Match best = null;
        Match second = null;
        for (int t : candidates) {
            if (best != null && best.rank() == 0) {
                // An exact match with the most shared words: nothing can do better.
                break;
            }
            Graph graph = templates.get(t).graph();
            // A template needs more than half of its words heard; allow one near miss beyond the exact ones.
            if ((overlap[t] + 1) * 2 <= graph.minLiteral) {
                continue;
            }
            // Every literal word of a path that was not heard costs at least a near miss: skip templates that
            // cannot come close to the best so far.
            double lowerBound = Math.max(0, graph.minLiteral - overlap[t]) * SIMILAR_WORD;
            if (best != null && lowerBound > best.rank() + AMBIGUOUS) {
                continue;
            }
            Match match = align(templates.get(t), words, values, scratch, true);
            if (match == null) {
                continue;
            }
            if (best == null || better(match, best)) {
                if (best != null && !sameIntent(best, match)) {
                    second = best;
                }
                best = match;
            } else if (!sameIntent(best, match) && (second == null || match.rank() < second.rank())) {
                second = match;
            }
        }
        if (best == null) {
            return guess(words, text, minConfidence);
        }
        // A slot counts as one word on both sides, so a long free-text slot neither dilutes nor inflates the cost.
        double confidence = Math.max(0,
                1 - best.cost() / Math.max(words.length - best.slotExtra(), best.pathWords() - best.slotExtra()));
        if (best.cost() > 0 && second != null && second.rank() - best.rank() < AMBIGUOUS) {
            // Another intent fits as well: a guess between two is worth a question, not an action.
            confidence *= AMBIGUITY_FACTOR;
        }
        if (confidence < minConfidence) {
            return guess(words, text, minConfidence);
        }
        Map<String, SlotValue> slots = best.template().tails().trim(best.slots());
        Optional<Intent> another = anotherIntentsText(best.template(), slots, words, text, minConfidence);
        if (another.isPresent()) {
            return another;
        }
        IntentCatalog.Entry entry = best.template().entry();
        return Optional.of(new Intent(entry.skillId(), entry.intent().name(), slots, confidence, text,
                best.sentence()));
    }

    /**
     * @param template the best match's template
     * @param slots    its slot values, {@link TextTails} taken off: the values the intent would carry
     * @return a guess (see {@link #guessOf}) of another intent when the best match's free text, other than an
     *         example, speaks for that intent as {@link WordEvidence} weighs words: "add {item}" takes any words, and
     *         "add timer for thirty two minutes" is more likely a misheard timer than an item "timer for thirty two
     *         minutes"; empty otherwise
     */
    private Optional<Intent> anotherIntentsText(Compiled template, Map<String, SlotValue> slots, String[] words,
            String text, double minConfidence) {
        if (GUESS < minConfidence) {
            return Optional.empty();
        }
        IntentCatalog.Entry own = template.entry();
        for (Map.Entry<String, SlotValue> slot : slots.entrySet()) {
            if (!isFittedText(template.examples(), slot.getKey(), slot.getValue())) {
                continue;
            }
            String[] free = Words.tokens(slot.getValue().text()).toArray(String[]::new);
            Optional<IntentCatalog.Entry> speaksFor = evidence.guess(withTellingValuesAsKinds(free));
            if (speaksFor.isPresent() && !speaksFor.get().equals(own)) {
                return guessOf(speaksFor.get(), words, text);
            }
        }
        return Optional.empty();
    }

    /**
     * @param text words a recognizer heard
     * @return whether they are a sentence of a template as they stand, but for a lead-in ("can you") and "please":
     *         understood with no doubt, each template word heard as it is, and each free-text slot holding one of
     *         its examples. Other free text is for a recognizer's open pass to hear: grammar words fitted into its
     *         place ("add want to the groceries") are no item.
     */
    boolean isSentence(String text) {
        Optional<Intent> intent = recognize(text, SENTENCE);
        if (intent.isEmpty() || intent.get().confidence() < SENTENCE
                || !isWithFillers(Words.tokens(text), Words.tokens(intent.get().sentence()))) {
            return false;
        }
        Map<String, Set<String>> examples = textExamples.get(intent.get().skillId() + "/" + intent.get().name());
        return intent.get().slots().entrySet().stream()
                .noneMatch(slot -> isFittedText(examples, slot.getKey(), slot.getValue()));
    }

    /**
     * @param examples by slot, the examples of an intent's free-text slots; typed and list slots are not in it:
     *                 their values were read, not fitted
     * @return whether the slot holds free text that is none of its examples: words fitted into its place
     */
    private static boolean isFittedText(Map<String, Set<String>> examples, String slot, SlotValue value) {
        Set<String> allowed = examples.get(slot);
        return allowed != null && !allowed.contains(Words.normalize(value.text()));
    }

    /**
     * @return whether the heard words are the sentence with a lead-in of fillers ("can you", "now"), "please"
     *         anywhere and "for me" at the end: every word of the sentence heard as it is, in its place. A template word not heard, even a
     *         filler, is a word off ("what date is today" is no way of saying "what the date is today"), and so is
     *         a filler in the middle or at the end, where the recognizer fits grammar words to a word it missed
     *         ("wake me at eight for the" for "wake me at eight thirty").
     */
    static boolean isWithFillers(List<String> heard, List<String> sentence) {
        int size = heard.size();
        if (size >= 2 && heard.subList(size - 2, size).equals(FOR_ME)
                && (sentence.size() < 2 || !sentence.subList(sentence.size() - 2, sentence.size()).equals(FOR_ME))) {
            heard = heard.subList(0, size - 2);
        }
        int next = 0;
        for (String word : heard) {
            if (next < sentence.size() && word.equals(sentence.get(next))) {
                next++;
            } else if (!word.equals("please") && (next > 0 || !Words.FILLERS.contains(word))) {
                return false;
            }
        }
        return next == sentence.size();
    }

    /**
     * @return for a wording no template comes near, the intent {@link WordEvidence} finds, with the slots and
     *         sentence of its template nearest the words; at {@link #GUESS} confidence, or empty when that is below
     *         the least confidence or no template of the intent can be aligned at all
     */
    private Optional<Intent> guess(String[] words, String text, double minConfidence) {
        if (GUESS < minConfidence) {
            return Optional.empty();
        }
        return evidence.guess(withTellingValuesAsKinds(words)).flatMap(entry -> guessOf(entry, words, text));
    }

    /**
     * @return the intent at {@link #GUESS} confidence, with the slots and sentence of its template nearest the words;
     *         empty when none of its templates can be aligned with them
     */
    private Optional<Intent> guessOf(IntentCatalog.Entry entry, String[] words, String text) {
        List<Compiled> own = byIntent.get(entry);
        Scratch scratch = new Scratch(own.stream().mapToInt(t -> t.graph().out.length).max().orElse(0)
                * (words.length + 1));
        Map<Object, Object[]> values = new IdentityHashMap<>();
        Match best = null;
        for (Compiled template : own) {
            Match match = align(template, words, values, scratch, false);
            if (match != null && (best == null || better(match, best))) {
                best = match;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Intent(entry.skillId(), entry.intent().name(), best.slots(), GUESS, text,
                best.sentence()));
    }

    /**
     * @return the words with each value of a {@link #TELLING_KINDS} kind as that kind's word ({@link #kindWord}),
     *         the longest first: "i have to be up {time}"
     */
    private String[] withTellingValuesAsKinds(String[] words) {
        List<String> all = Arrays.asList(words);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            int end = Math.min(words.length, i + MAX_TYPED_SLOT_WORDS);
            String kind = tellingKind(all.subList(i, end));
            while (kind == null && --end > i) {
                kind = tellingKind(all.subList(i, end));
            }
            if (kind == null) {
                out.add(words[i++]);
            } else {
                out.add(kind);
                i = end;
            }
        }
        return out.toArray(String[]::new);
    }

    /** @return the word of the telling kind the span is a value of; null when none, or when it is a number */
    private String tellingKind(List<String> span) {
        if (parsers.parse(span, NUMBER) != null || parsers.parse(span, DIGITS) != null) {
            return null;
        }
        for (SlotType.Kind kind : TELLING_KINDS) {
            if (parsers.parse(span, SlotType.of(kind)) != null) {
                return kindWord(kind);
            }
        }
        return null;
    }

    /** @return how {@link WordEvidence} counts a value of the kind: as a word no one says, "{time}" */
    static String kindWord(SlotType.Kind kind) {
        return "{" + kind.name().toLowerCase(Locale.ROOT) + "}";
    }

    /** Work arrays, allocated once per utterance and reused for every candidate template. */
    private static final class Scratch {
        final double[] cost;
        final double[] rank;
        final int[] from;
        final Graph.Edge[] via;

        /** Whether each heard word is spelled like a template word, by template word; computed once. */
        final Map<String, byte[]> similar = new HashMap<>();

        Scratch(int size) {
            cost = new double[size];
            rank = new double[size];
            from = new int[size];
            via = new Graph.Edge[size];
        }

        boolean similar(String[] words, int i, String templateWord) {
            byte[] known = similar.computeIfAbsent(templateWord, w -> new byte[words.length]);
            if (known[i] == 0) {
                known[i] = Words.similarity(words[i], templateWord) >= 0.7 ? (byte) 1 : (byte) 2;
            }
            return known[i] == 1;
        }
    }

    /**
     * @param anchored whether the template's own words must carry the match (see below); not for a guess, which
     *                 rests on {@link WordEvidence} instead
     * @return the cheapest alignment of the words to a path through the template; null when there is none
     */
    private Match align(Compiled template, String[] words, Map<Object, Object[]> values, Scratch scratch,
            boolean anchored) {
        Graph graph = template.graph();
        int states = graph.out.length;
        int n = words.length;
        int size = states * (n + 1);
        double[] cost = scratch.cost;
        double[] rank = scratch.rank;
        int[] from = scratch.from;
        Graph.Edge[] via = scratch.via;
        int[] ownBefore = new int[n + 1];
        for (int k = 0; k < n; k++) {
            ownBefore[k + 1] = ownBefore[k] + (template.ownWords().contains(words[k]) ? 1 : 0);
        }
        Arrays.fill(cost, 0, size, INF);
        Arrays.fill(rank, 0, size, INF);
        cost[0] = 0;
        rank[0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int s = 0; s < states; s++) {
                int here = s * (n + 1) + i;
                double c = cost[here];
                if (c == INF) {
                    continue;
                }
                double r = rank[here];
                if (i < n) {
                    double extra = Words.FILLERS.contains(words[i]) ? EXTRA_FILLER : EXTRA_WORD;
                    relax(cost, rank, from, via, s * (n + 1) + i + 1, c + extra, r + extra, here, null);
                }
                for (Graph.Edge edge : graph.out[s]) {
                    int base = edge.to() * (n + 1);
                    switch (edge.kind()) {
                        case Graph.EMPTY -> relax(cost, rank, from, via, base + i, c, r, here, edge);
                        case Graph.WORD -> {
                            relax(cost, rank, from, via, base + i, c + MISSING_WORD, r + MISSING_WORD, here, edge);
                            if (i < n) {
                                double step = words[i].equals(edge.word()) ? 0
                                        : scratch.similar(words, i, edge.word()) ? SIMILAR_WORD : WRONG_WORD;
                                relax(cost, rank, from, via, base + i + 1, c + step, r + step, here, edge);
                            }
                        }
                        default -> {
                            Graph.CompiledSlot slot = edge.slot();
                            int last = Math.min(n, i + slot.maxWords());
                            Object[] memo = memo(slot, n, values);
                            for (int j = i + 1; j <= last; j++) {
                                Object value = value(slot, words, i, j, memo);
                                if (value != NO_VALUE) {
                                    double textRank = slot.type().kind() != SlotType.Kind.TEXT ? 0
                                            : TEXT_WORD * (j - i) + ownWordsAsText(template, slot, value,
                                                    ownBefore[j] - ownBefore[i]);
                                    relax(cost, rank, from, via, base + j, c, r + textRank, here, edge);
                                }
                            }
                        }
                    }
                }
            }
        }
        int end = graph.end * (n + 1) + n;
        if (cost[end] == INF) {
            return null;
        }
        // Walk back to read the slots and the sentence as the template would say it.
        List<String> sentence = new ArrayList<>();
        Map<String, SlotValue> slots = new HashMap<>();
        int pathWords = 0;
        int slotExtra = 0;
        int literal = 0;
        int heard = 0;
        int telling = 0;
        int tellingHeard = 0;
        double unanchored = 0;
        boolean textAfter = false;
        boolean wrongAfter = false;
        for (int at = end; at != 0; at = from[at]) {
            Graph.Edge edge = via[at];
            int prev = from[at];
            int j = at % (n + 1);
            int i = prev % (n + 1);
            if (edge == null || edge.kind() == Graph.EMPTY) {
                continue;
            }
            boolean isText = edge.kind() == Graph.SLOT && edge.slot().type().kind() == SlotType.Kind.TEXT;
            boolean isWrong = edge.kind() == Graph.WORD && j > i && !scratch.similar(words, i, edge.word());
            if (isText && wrongAfter || isWrong && textAfter) {
                unanchored += UNANCHORED_TEXT;
            }
            textAfter = isText;
            wrongAfter = isWrong;
            if (edge.kind() == Graph.WORD) {
                sentence.add(edge.word());
                pathWords++;
                literal++;
                boolean wasHeard = j > i && scratch.similar(words, i, edge.word());
                if (wasHeard) {
                    heard++;
                }
                if (WordEvidence.tells(edge.word())) {
                    telling++;
                    tellingHeard += wasHeard ? 1 : 0;
                }
            } else if (edge.kind() == Graph.SLOT) {
                String said = String.join(" ", Arrays.asList(words).subList(i, j));
                Object value = value(edge.slot(), words, i, j, memo(edge.slot(), n, values));
                slots.put(edge.slot().name(), new SlotValue(said, value));
                sentence.add(said);
                pathWords += j - i;
                slotExtra += j - i - 1;
            }
        }
        // A guess must rest on the template's own words: more than half of them heard (exactly or nearly), so a
        // free-text slot plus one substituted word ("{name} timer" for "flip a coin"), or two common words of
        // four ("how is the weather" for "what is the time"), is no match at all. Of the words that tell intents
        // apart, at least half: "how is the weather" shares "how is the" with "how close is the timer", but of its
        // telling words only "how"; "carrots to my list" keeps "list" of "add {item} to my list".
        if (anchored && (literal > 0 && heard * 2 <= literal || tellingHeard * 2 < telling)) {
            return null;
        }
        java.util.Collections.reverse(sentence);
        return new Match(template, cost[end] + unanchored, rank[end] + unanchored, pathWords, slotExtra, slots,
                String.join(" ", sentence));
    }

    /**
     * @param value free text, heard words joined: normalised already
     * @return the ranking cost of {@code own} words of the template's intent heard as the free text {@code value}
     */
    private static double ownWordsAsText(Compiled template, Graph.CompiledSlot slot, Object value, int own) {
        if (own == 0) {
            return 0;
        }
        Set<String> examples = template.examples().getOrDefault(slot.name(), Set.of());
        return examples.contains(value) ? 0 : OWN_WORD_AS_TEXT * own;
    }

    private static String intentKey(IntentCatalog.Entry entry) {
        return entry.skillId() + "/" + entry.intent().name();
    }

    /**
     * @return whether the match is better than the best so far: ranked lower, or the earlier template on a tie. For
     *         the same intent at the same cost, the one that fills more slots: the heard words are the same
     *         evidence, and a filled slot saves a question ("bread to the shopping list" is "add {item} to the
     *         shopping list" missing "add", not "add to the shopping list" with "add" misheard as "bread").
     */
    private static boolean better(Match match, Match best) {
        if (sameIntent(match, best) && Math.abs(match.cost() - best.cost()) < 1e-9
                && match.slots().size() != best.slots().size()) {
            return match.slots().size() > best.slots().size();
        }
        return match.rank() < best.rank()
                || (match.rank() == best.rank() && match.template().order() < best.template().order());
    }

    private static boolean sameIntent(Match a, Match b) {
        return a.template().entry().equals(b.template().entry());
    }

    private static void relax(double[] cost, double[] rank, int[] from, Graph.Edge[] via, int to, double c, double r,
            int here, Graph.Edge edge) {
        if (r < rank[to]) {
            rank[to] = r;
            cost[to] = c;
            from[to] = here;
            via[to] = edge;
        }
    }

    /** Values depend on the kind only (or the list), so every intent with a date slot shares one parse per span. */
    private static Object[] memo(Graph.CompiledSlot slot, int n, Map<Object, Object[]> cache) {
        Object memoKey = slot.type().kind() == SlotType.Kind.LIST ? slot.values() : slot.type().kind();
        return cache.computeIfAbsent(memoKey, s -> new Object[(n + 1) * (n + 1)]);
    }

    private Object value(Graph.CompiledSlot slot, String[] words, int i, int j, Object[] memo) {
        int n = words.length;
        int key = i * (n + 1) + j;
        Object value = memo[key];
        if (value == null) {
            List<String> span = Arrays.asList(words).subList(i, j);
            value = switch (slot.type().kind()) {
                case TEXT -> String.join(" ", span);
                case LIST -> slot.values().get(String.join(" ", span));
                default -> parsers.parse(span, slot.type());
            };
            memo[key] = value = value == null ? NO_VALUE : value;
        }
        return value;
    }
}
