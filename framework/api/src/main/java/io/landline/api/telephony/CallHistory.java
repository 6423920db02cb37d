package io.landline.api.telephony;

import java.util.List;

/**
 * The local call log, for the {@code calls} command and "read my call history". Entries older than the configured
 * retention are removed; nothing leaves the machine.
 *
 * @since 1.1
 */
public interface CallHistory {

    /** @return every kept entry, newest first */
    List<CallRecord> entries();

    /**
     * Deletes every entry, really: the log file is removed.
     *
     * @return how many entries were deleted
     */
    int deleteAll();
}
