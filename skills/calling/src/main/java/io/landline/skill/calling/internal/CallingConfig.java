package io.landline.skill.calling.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/io.landline.skill.calling.cfg}: contacts and the household's calling rules. */
@ObjectClassDefinition(name = "Landline calling skill")
public @interface CallingConfig {

    @AttributeDefinition(description = "vCard file of contacts; relative paths are inside the Landline folder")
    String contacts_file() default "etc/contacts.vcf";

    @AttributeDefinition(description = "More contacts: Name: label=number, label=number; Name: number")
    String contacts() default "";

    @AttributeDefinition(description = "Emergency numbers: dialled at once through every rule")
    String emergency_numbers() default "911,112,999";

    @AttributeDefinition(description = "Contacts that may be called with a confirmation; * for every contact")
    String allow_list() default "*";

    @AttributeDefinition(description = "PIN for numbers outside the allow list; empty refuses them. Never logged",
            type = AttributeType.PASSWORD)
    String pin() default "";

    @AttributeDefinition(description = "Refused number prefixes (international, premium)")
    String refused_prefixes() default "+,00,011,1900,900";

    @AttributeDefinition(description = "Prefixes allowed even though a refused prefix matches")
    String allowed_prefixes() default "";

    @AttributeDefinition(description = "Outbound calls per hour per site")
    int calls_per_hour() default 10;

    @AttributeDefinition(description = "Days the call log keeps an entry")
    int retention_days() default 90;

    @AttributeDefinition(description = "Sites in do-not-disturb, comma separated")
    String dnd() default "";

    @AttributeDefinition(description = "Allowed call hours per site: site=HH:MM-HH:MM, comma separated")
    String hours() default "";

    @AttributeDefinition(description = "Where screened and ignored calls go: voicemail or busy")
    String screened_to() default "voicemail";

    @AttributeDefinition(description = "Sites allowed to make announcements; * for all")
    String announce_sites() default "*";

    @AttributeDefinition(description = "Sites allowed to drop in on other sites; * for all")
    String dropin_sites() default "*";

    @AttributeDefinition(description = "Sites announcements are spoken on and that can be dropped in on")
    String sites() default "default";
}
