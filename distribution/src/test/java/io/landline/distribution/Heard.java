package io.landline.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * What a phone's recording says, by Vosk with a small grammar: the expected phrase among distractors and
 * {@code [unk]}, so silence, a tone or the wrong words give something else.
 */
final class Heard {

    private Heard() {
    }

    /**
     * @param wav     16 kHz mono 16-bit WAV
     * @param phrases the phrases that may be recognised
     * @return the recognised text, possibly empty or {@code [unk]}
     */
    static String recognise(Path wav, List<String> phrases) throws IOException, UnsupportedAudioFileException {
        Path model = Path.of(System.getProperty("landline.test.vosk.model", "target/vosk-model-test"));
        if (!Files.isDirectory(model)) {
            throw new IOException("no Vosk model at " + model + " (unpacked by the distribution pom)");
        }
        LibVosk.setLogLevel(LogLevel.WARNINGS);
        String grammar = phrases.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", ", "[", ", \"[unk]\"]"));
        try (Model vosk = new Model(model.toString());
                Recognizer recognizer = new Recognizer(vosk, 16000f, grammar);
                InputStream audio = AudioSystem.getAudioInputStream(wav.toFile())) {
            StringBuilder text = new StringBuilder();
            byte[] buffer = new byte[4096];
            int n;
            while ((n = audio.read(buffer)) >= 0) {
                if (recognizer.acceptWaveForm(buffer, n)) {
                    text.append(' ').append(text(recognizer.getResult()));
                }
            }
            text.append(' ').append(text(recognizer.getFinalResult()));
            return text.toString().replace("[unk]", " ").replaceAll("\\s+", " ").strip();
        }
    }

    private static String text(String json) {
        Matcher m = Pattern.compile("\"text\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }
}
