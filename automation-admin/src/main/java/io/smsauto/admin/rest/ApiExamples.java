package io.smsauto.admin.rest;

/** The examples of the OpenAPI document (/q/openapi, /q/swagger-ui). */
final class ApiExamples {

    static final String AUTOMATION_REQUEST = """
            {"name": "Appointment confirmations", "enabled": true, "numbers": ["+33757000001"],
             "trigger": {"keywords": ["OUI", "CONFIRMER"], "match": "FIRST_WORD"},
             "actions": [
               {"name": "Say thanks", "type": "SEND_REPLY", "message": "Merci {{from}}, c'est noté."},
               {"name": "Join VIP list", "type": "ADD_TO_GROUP", "listId": "9b2e4c1a-5d6f-4e7a-8b9c-0d1e2f3a4b5c"},
               {"name": "Tell the CRM", "type": "FORWARD_TO_URL", "method": "POST",
                "url": "https://crm.example.com/hooks/sms", "headers": [{"key": "X-Api-Key", "value": "k-123"}],
                "params": [{"key": "from", "value": "{{from}}"}, {"key": "text", "value": "{{text}}"}]}]}
            """;

    static final String AUTOMATION = """
            {"id": "3f1c2b6e-8d3e-4a59-9a57-0d5a2d2b7c11", "name": "Appointment confirmations", "enabled": true,
             "numbers": ["+33757000001"], "trigger": {"keywords": ["OUI", "CONFIRMER"], "match": "FIRST_WORD"},
             "actions": [
               {"id": "5b8e7d0c-1f0a-4c4e-9d59-2f4a1c3b6e70", "name": "Say thanks", "type": "SEND_REPLY",
                "message": "Merci {{from}}, c'est noté."},
               {"id": "0c2a9f7e-3b1d-4e5f-8a6b-7c8d9e0f1a2b", "name": "Join VIP list", "type": "ADD_TO_GROUP",
                "listId": "9b2e4c1a-5d6f-4e7a-8b9c-0d1e2f3a4b5c"}],
             "createdAt": "2026-11-20T08:00:00Z", "updatedAt": "2026-11-21T10:30:00Z"}
            """;

    static final String DISABLE_PATCH = """
            {"enabled": false}
            """;

    static final String ACTION_REQUEST = """
            {"name": "Say thanks", "type": "SEND_REPLY", "message": "Merci {{from}}, à bientôt."}
            """;

    static final String ACTION = """
            {"id": "5b8e7d0c-1f0a-4c4e-9d59-2f4a1c3b6e70", "name": "Say thanks", "type": "SEND_REPLY",
             "message": "Merci {{from}}, à bientôt."}
            """;

    static final String VALIDATION_PROBLEM = """
            {"type": "about:blank", "title": "Unprocessable Content", "status": 422,
             "detail": "The request has invalid fields.",
             "violations": [{"field": "actions[1].listId", "message": "no contact list has this id"},
                            {"field": "actions[0].message", "message": "{{FROM}} is not a known placeholder; known: [from, to, text, keyword, args, messageId, receivedAt, automation]"}]}
            """;

    static final String CLASH_PROBLEM = """
            {"type": "about:blank", "title": "Conflict", "status": 409,
             "detail": "An enabled automation already listens for this keyword: 'OUI' (FIRST_WORD) is already a keyword of automation 'Appointment confirmations' (3f1c2b6e-8d3e-4a59-9a57-0d5a2d2b7c11) on +33757000001.",
             "violations": [{"field": "trigger.keywords[0]", "message": "'OUI' (FIRST_WORD) is already a keyword of automation 'Appointment confirmations' (3f1c2b6e-8d3e-4a59-9a57-0d5a2d2b7c11) on +33757000001"}]}
            """;

    static final String SIMULATE_REQUEST = """
            {"from": "+33612345678", "to": "+33757000001", "text": "Oui merci"}
            """;

    static final String SIMULATION = """
            {"matched": true, "builtin": null,
             "automation": {"id": "3f1c2b6e-8d3e-4a59-9a57-0d5a2d2b7c11", "name": "Appointment confirmations"},
             "keyword": "OUI",
             "actions": [{"id": "5b8e7d0c-1f0a-4c4e-9d59-2f4a1c3b6e70", "name": "Say thanks", "type": "SEND_REPLY",
                          "message": "Merci +33612345678, c'est noté."}]}
            """;

    static final String SIMULATION_BUILTIN = """
            {"matched": true, "builtin": "OPT_OUT", "automation": null, "keyword": null, "actions": []}
            """;

    static final String EXECUTIONS = """
            {"page": 0, "size": 20, "total": 1, "items": [
              {"eventId": "5a0f3d7c-2b8e-3f41-9c6d-7e8f9a0b1c2d", "keyword": "OUI",
               "triggeredAt": "2026-11-24T09:15:02.250Z",
               "message": {"id": "6f1c2a9e-33b1-3c5e-9d0a-2b7c1f4e8a10", "carrier": "VONAGE", "from": "+33612345678",
                           "to": "+33757000001", "text": "OUI merci", "receivedAt": "2026-11-24T09:15:02Z"},
               "actions": [
                 {"eventId": "1d6e0c8a-4f51-3b0b-a7a5-6a3d9b1f2c44", "actionId": "5b8e7d0c-1f0a-4c4e-9d59-2f4a1c3b6e70",
                  "name": "Say thanks", "type": "SEND_REPLY", "status": "SUCCEEDED", "detail": "1 segment",
                  "attempt": 1, "finishedAt": "2026-11-24T09:15:03.120Z"},
                 {"eventId": "2e7f1d9b-5062-3c1c-b8b6-7b4e0c2a3d55", "actionId": "0c2a9f7e-3b1d-4e5f-8a6b-7c8d9e0f1a2b",
                  "name": "Join VIP list", "type": "ADD_TO_GROUP", "status": "PENDING"}]}]}
            """;

    private ApiExamples() {
    }
}
