package io.landline.skill.calling.internal;

import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-site do-not-disturb and allowed call hours. DND starts from configuration and can be switched by voice;
 * the switch lasts until the configuration changes or Landline restarts.
 */
final class HouseRules {

    /** Allowed hours; a window that ends before it starts spans midnight. */
    record Hours(LocalTime from, LocalTime to) {
        boolean contains(LocalTime time) {
            return from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to)
                    : !time.isBefore(from) || time.isBefore(to);
        }

        static Hours parse(String text) {
            String[] parts = text.trim().split("-", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("hours '" + text + "' are not HH:MM-HH:MM");
            }
            return new Hours(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
        }
    }

    private final Map<String, Boolean> dnd = new ConcurrentHashMap<>();
    private final Map<String, Hours> hours;
    private final Set<String> mayAnnounce;
    private final Set<String> mayDropIn;

    HouseRules(Set<String> dndSites, Map<String, Hours> hours, Set<String> mayAnnounce) {
        this(dndSites, hours, mayAnnounce, mayAnnounce);
    }

    HouseRules(Set<String> dndSites, Map<String, Hours> hours, Set<String> mayAnnounce, Set<String> mayDropIn) {
        this.mayDropIn = Set.copyOf(mayDropIn);
        dndSites.forEach(site -> dnd.put(site, true));
        this.hours = Map.copyOf(hours);
        this.mayAnnounce = Set.copyOf(mayAnnounce);
    }

    boolean doNotDisturb(String site) {
        return dnd.getOrDefault(site, false);
    }

    void setDoNotDisturb(String site, boolean on) {
        dnd.put(site, on);
    }

    /** @return whether calls may ring the site at that time */
    boolean withinHours(String site, LocalTime time) {
        Hours window = hours.get(site);
        return window == null || window.contains(time);
    }

    /** @return whether the site may make announcements */
    boolean mayAnnounce(String site) {
        return mayAnnounce.contains(site) || mayAnnounce.contains("*");
    }

    /** @return whether the site may drop in on other sites */
    boolean mayDropIn(String site) {
        return mayDropIn.contains(site) || mayDropIn.contains("*");
    }
}
