package io.landline.console.internal;

import io.landline.api.telephony.CallHistory;
import io.landline.api.telephony.CallRecord;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** {@code calls} and {@code calls delete}: the local call log on the command line. */
@Component(service = CallCommands.class, property = { "osgi.command.scope=landline",
        "osgi.command.function=calls" })
public class CallCommands {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CallHistory history;

    /**
     * @param args nothing to list the log, {@code delete} to delete it
     * @return the report
     */
    public String calls(String... args) {
        return report(history, args);
    }

    /**
     * @param history the call log, or null when no calling skill is installed
     * @param args    nothing, or {@code delete}
     * @return what to print
     */
    static String report(CallHistory history, String... args) {
        if (history == null) {
            return "No call log: the calling skill is not installed.\n";
        }
        if (args.length == 1 && args[0].equals("delete")) {
            int deleted = history.deleteAll();
            return "Deleted " + deleted + (deleted == 1 ? " call" : " calls") + " from the call log.\n";
        }
        if (args.length > 0) {
            return "usage: calls [delete]\n";
        }
        List<CallRecord> entries = history.entries();
        if (entries.isEmpty()) {
            return "The call log is empty.\n";
        }
        StringBuilder out = new StringBuilder();
        for (CallRecord r : entries) {
            out.append(String.format(Locale.ROOT, "%s  %-8s %-16s %-12s %5ds  %-20s %s%n", TIME.format(r.time()),
                    r.direction().name().toLowerCase(Locale.ROOT), r.number(),
                    r.contact().isEmpty() ? "-" : r.contact(), r.duration().toSeconds(), r.outcome(), r.site()));
        }
        return out.toString();
    }
}
