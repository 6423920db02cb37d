package io.landline.console.internal;

import io.landline.api.skill.Skill;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * {@code skill install <file or URL>} and {@code skill remove <id>}: scripts go to {@code skills/}, bundles to
 * {@code deploy/}, where the hot folders pick them up (or the next start does). Files are written under a name
 * the folders ignore and then moved, so a half-copied file is never loaded.
 */
final class SkillFiles {

    /** A request that cannot be done; the message is for the user. */
    static final class SkillFileException extends Exception {
        private static final long serialVersionUID = 1L;

        SkillFileException(String message) {
            super(message);
        }
    }

    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final BundleContext context;
    private final Path home;

    SkillFiles(BundleContext context) {
        this.context = context;
        String landlineHome = context.getProperty("landline.home");
        this.home = Path.of(landlineHome == null ? "." : landlineHome);
    }

    /** @return what was done, or the usage */
    String run(String... args) throws SkillFileException {
        if (args.length == 2 && args[0].equals("install")) {
            return install(args[1]);
        }
        if (args.length == 2 && args[0].equals("remove")) {
            return remove(args[1]);
        }
        throw new SkillFileException("usage: skill install <file.js | bundle.jar | URL> | skill remove <skill id>");
    }

    String install(String target) throws SkillFileException {
        boolean url = target.startsWith("http://") || target.startsWith("https://");
        String name = Path.of(url ? URI.create(target).getPath() : target).getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        Path folder;
        if (lower.endsWith(".js")) {
            folder = home.resolve("skills");
        } else if (lower.endsWith(".jar")) {
            folder = home.resolve("deploy");
        } else {
            throw new SkillFileException("only JavaScript skills (.js) and skill bundles (.jar) can be installed: "
                    + name);
        }
        try {
            Files.createDirectories(folder);
            Path partial = folder.resolve("." + name + ".part");
            if (url) {
                download(target, partial);
            } else {
                Path source = Path.of(target);
                if (!Files.isRegularFile(source)) {
                    throw new SkillFileException("no such file: " + target);
                }
                if (Files.size(source) > MAX_BYTES) {
                    throw new SkillFileException(name + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
                }
                Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            if (lower.endsWith(".jar")) {
                checkBundle(partial, name);
            }
            Path installed = folder.resolve(name);
            boolean replaced = Files.exists(installed);
            Files.move(partial, installed, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return (replaced ? "Updated " : "Installed ") + home.relativize(installed)
                    + "; it is picked up within a second (see `skills` and `status`).";
        } catch (IOException e) {
            throw new SkillFileException("cannot install " + name + ": " + e.getMessage());
        }
    }

    private static void checkBundle(Path jar, String name) throws SkillFileException, IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
            Manifest manifest = in.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
                Files.deleteIfExists(jar);
                throw new SkillFileException(name + " is not an OSGi bundle (no Bundle-SymbolicName)");
            }
        }
    }

    private static void download(String url, Path target) throws SkillFileException, IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new SkillFileException("download failed: HTTP " + response.statusCode() + " from " + url);
                }
                byte[] body = in.readNBytes((int) MAX_BYTES + 1);
                if (body.length > MAX_BYTES) {
                    throw new SkillFileException("the download is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
                }
                Files.write(target, body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SkillFileException("download interrupted");
        }
    }

    String remove(String id) throws SkillFileException {
        try {
            Path script = home.resolve("skills").resolve(id + ".js");
            if (id.matches("[A-Za-z0-9_-]+") && Files.isRegularFile(script)) {
                Files.delete(script);
                return "Removed skills/" + id + ".js.";
            }
            Bundle bundle = bundleOf(id);
            if (bundle == null) {
                throw new SkillFileException("no skill with the id '" + id + "'; `skills` lists them");
            }
            String location = bundle.getLocation();
            Path deploy = home.resolve("deploy").toAbsolutePath().normalize();
            if (location.startsWith("file:")) {
                Path file = Path.of(URI.create(location)).toAbsolutePath().normalize();
                if (file.startsWith(deploy) && Files.exists(file)) {
                    Files.delete(file);
                    return "Removed deploy/" + file.getFileName() + " (bundle " + bundle.getSymbolicName() + ").";
                }
            }
            throw new SkillFileException("the " + id + " skill is part of bundle " + bundle.getSymbolicName()
                    + ", which is built in (" + location.replaceFirst("^.*/([^/]+/[^/]+)$", "$1")
                    + "); only skills installed into skills/ or deploy/ can be removed");
        } catch (IOException e) {
            throw new SkillFileException("cannot remove " + id + ": " + e.getMessage());
        }
    }

    private Bundle bundleOf(String id) {
        try {
            for (ServiceReference<Skill> reference : context.getServiceReferences(Skill.class, null)) {
                Skill skill = context.getService(reference);
                try {
                    if (skill != null && id.equals(skill.id())) {
                        return reference.getBundle();
                    }
                } catch (RuntimeException e) {
                    // a broken skill is not the one asked for
                } finally {
                    context.ungetService(reference);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }
}
