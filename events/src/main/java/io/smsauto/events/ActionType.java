package io.smsauto.events;

/**
 * What an action does. Each type has its own topic and CloudEvents type. {@link #OPT_IN} is only
 * emitted by the built-in START/UNSTOP keywords; automations cannot hold it.
 */
public enum ActionType {
    ADD_TO_GROUP(Topics.ACTIONS_ADD_TO_GROUP),
    REMOVE_FROM_GROUP(Topics.ACTIONS_REMOVE_FROM_GROUP),
    SEND_REPLY(Topics.ACTIONS_SEND_REPLY),
    FORWARD_TO_MOBILE(Topics.ACTIONS_FORWARD_TO_MOBILE),
    FORWARD_TO_EMAIL(Topics.ACTIONS_FORWARD_TO_EMAIL),
    UNSUBSCRIBE(Topics.ACTIONS_UNSUBSCRIBE),
    FORWARD_TO_URL(Topics.ACTIONS_FORWARD_TO_URL),
    OPT_IN(Topics.ACTIONS_OPT_IN);

    private final String topic;

    ActionType(String topic) {
        this.topic = topic;
    }

    public String topic() {
        return topic;
    }

    /** {@code smsauto.action.<type>.v1}, the CloudEvents type of this action's events. */
    public String eventType() {
        return "smsauto.action." + topic.substring("actions.".length()) + ".v1";
    }

    /** False for the types only built-in keywords emit. */
    public boolean automationMayHold() {
        return this != OPT_IN;
    }
}
