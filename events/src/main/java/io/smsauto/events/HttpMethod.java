package io.smsauto.events;

/** The methods a FORWARD_TO_URL action may use. */
public enum HttpMethod {
    GET, POST, PUT, PATCH, DELETE;

    /** GET and DELETE carry their params in the query string, the others in a JSON body. */
    public boolean paramsInQuery() {
        return this == GET || this == DELETE;
    }
}
