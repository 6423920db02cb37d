package io.landline.telephony.asterisk.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/io.landline.telephony.asterisk.cfg}: how to reach Asterisk and which endpoint is each site. */
@ObjectClassDefinition(name = "Landline Asterisk telephony")
public @interface AsteriskConfig {

    @AttributeDefinition(description = "AMI host")
    String host() default "127.0.0.1";

    @AttributeDefinition(description = "AMI port")
    int port() default 5038;

    @AttributeDefinition(description = "AMI user (manager.conf)")
    String username() default "landline";

    @AttributeDefinition(description = "AMI secret; never logged", type = AttributeType.PASSWORD)
    String secret() default "";

    @AttributeDefinition(description = "Address the FastAGI server binds")
    String agi_bind() default "127.0.0.1";

    @AttributeDefinition(description = "FastAGI port the dialplan's AGI(agi://...) reaches")
    int agi_port() default 4573;

    @AttributeDefinition(description = "Each site's endpoint: site=Technology/resource, comma separated")
    String sites() default "default=PJSIP/speaker";

    @AttributeDefinition(description = "The site whose endpoint rings for inbound calls")
    String incoming_site() default "default";

    @AttributeDefinition(description = "Dialplan context that dials outside numbers (its extension is the number)")
    String outbound_context() default "landline-outbound";

    @AttributeDefinition(description = "Dialplan context for emergency numbers; empty means no emergency route")
    String emergency_context() default "";

    @AttributeDefinition(description = "How long an inbound call is announced before it goes to voicemail (s)")
    int ring_seconds() default 30;

    @AttributeDefinition(description = "How long the site's endpoint may take to answer an outbound call (s)")
    int originate_timeout_seconds() default 30;

    @AttributeDefinition(description = "Longest pause between reconnection attempts (s)")
    int reconnect_max_seconds() default 10;

    @AttributeDefinition(description = "Service ranking among telephony providers")
    int service_ranking() default 0;
}
