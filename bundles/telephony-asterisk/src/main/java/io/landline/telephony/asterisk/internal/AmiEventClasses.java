package io.landline.telephony.asterisk.internal;

import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.asteriskjava.manager.event.ManagerEvent;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Asterisk-Java's event classes, found without classpath scanning. Asterisk-Java registers its built-in event
 * classes with org.reflections, which cannot list a bundle's contents inside an OSGi framework (asterisk-java
 * issues 318 and 381): events then arrive as nothing. This lists the package from the bundle that holds it and
 * registers every concrete event class explicitly.
 */
final class AmiEventClasses {

    private static final String PACKAGE = ManagerEvent.class.getPackageName();

    private AmiEventClasses() {
    }

    /** @return every concrete {@link ManagerEvent} class, found through the bundle's entries, or empty outside OSGi */
    static List<Class<? extends ManagerEvent>> all() {
        return Scanned.CLASSES;
    }

    /** Scanned once per class loader: the bundle's contents do not change, and every activation needs them. */
    private static final class Scanned {
        static final List<Class<? extends ManagerEvent>> CLASSES = List.copyOf(scan());
    }

    private static List<Class<? extends ManagerEvent>> scan() {
        List<Class<? extends ManagerEvent>> classes = new ArrayList<>();
        Bundle bundle = FrameworkUtil.getBundle(ManagerEvent.class);
        if (bundle == null) {
            return classes;
        }
        Enumeration<URL> entries = bundle.findEntries(PACKAGE.replace('.', '/'), "*Event.class", false);
        if (entries == null) {
            return classes;
        }
        ClassLoader loader = ManagerEvent.class.getClassLoader();
        while (entries.hasMoreElements()) {
            String path = entries.nextElement().getPath();
            String simple = path.substring(path.lastIndexOf('/') + 1, path.length() - ".class".length());
            try {
                Class<?> type = Class.forName(PACKAGE + "." + simple, false, loader);
                if (ManagerEvent.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())
                        && Modifier.isPublic(type.getModifiers())) {
                    classes.add(type.asSubclass(ManagerEvent.class));
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // An entry that is not a loadable class (an inner class name pattern): not an event.
            }
        }
        return classes;
    }
}
