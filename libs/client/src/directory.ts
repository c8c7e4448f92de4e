// Generated from libs/client/openapi/directory.json by npm run client:generate: do not edit.
export interface paths {
    "/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organisations with cursor paging; a CSO reporter sees only its own */
        get: operations["OrganisationsController_list"];
        put?: never;
        /** Register an organisation (program managers: CSOs only); due diligence starts pending. One with the same name, acronym and country already registered answers 409 naming it */
        post: operations["OrganisationsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation; another CSO’s answers 404 to a CSO reporter */
        get: operations["OrganisationsController_get"];
        /** Replace an organisation's profile */
        put: operations["OrganisationsController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}/due-diligence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the due-diligence decision (verified or rejected, with reviewer and date) */
        post: operations["OrganisationsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users of your organisation (administrators: all, or one organisation) */
        get: operations["UsersController_list"];
        put?: never;
        /** Create a user in an organisation with roles and an initial password */
        post: operations["UsersController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["UsersController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a user's roles */
        put: operations["UsersController_changeRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a user: no more sign-in, refresh tokens revoked */
        post: operations["UsersController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OAuth 2.0 token endpoint: password, refresh_token and client_credentials grants (JSON body) */
        post: operations["TokensController_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a refresh token and every token of the same sign-in */
        post: operations["TokensController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys that verify access tokens (current and, during a rotation, previous) */
        get: operations["TokensController_jwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/signing-keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start signing with a new key; the previous one stays published for one access-token lifetime */
        post: operations["TokensController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a machine client; its secret is shown once */
        post: operations["TokensController_registerClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers; it never restarts for a dependency that is away */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: 503 naming what is missing while the store or Kafka is unreachable, or the service is still starting */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness, as GET /health/ready (kept for the probes that already use it) */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who changed a record, when, and each field from what to what; shown to whoever may read the record */
        get: operations["AuditController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same history as CSV, one row per changed field */
        get: operations["AuditController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/whoami": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller as this service sees it: user or client, organisation, roles, scopes */
        get: operations["WhoAmIController_whoAmI"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** RegisterOrganisationRequest */
        RegisterOrganisationRequest: {
            /** @example Association Malienne pour la Survie au Sahel */
            name: string;
            /** @example AMSS */
            acronym?: string;
            /** @enum {string} */
            kind: "donor" | "lead-partner" | "cso";
            /**
             * @description ISO 3166-1 alpha-2
             * @example ML
             */
            country: string;
            /** @description P-codes of the regions (adm1) the organisation works in, inside its country */
            regions: string[];
            /**
             * Format: email
             * @example contact@amss.example
             */
            contactEmail?: string;
            /**
             * @description IATI organisation identifier: registration agency code, hyphen, the number it issued; must match ^[A-Z]{2}-[A-Z0-9]{2,12}-[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$
             * @example XM-DAC-301-2
             */
            iatiIdentifier?: string;
        };
        /** Organisation */
        Organisation: {
            id: string;
            /** @description increases by one with every change */
            version: number;
            name: string;
            acronym?: string;
            /** @enum {string} */
            kind: "donor" | "lead-partner" | "cso";
            country: string;
            regions: string[];
            contactEmail?: string;
            /**
             * @description IATI organisation identifier
             * @example XM-DAC-301-2
             */
            iatiIdentifier?: string;
            dueDiligence: {
                /** @enum {string} */
                status: "pending" | "verified" | "rejected";
                /** @description user id of the reviewer */
                reviewedBy?: string;
                /** Format: date-time */
                reviewedAt?: string;
                note?: string;
            };
        };
        /**
         * Problem
         * @description RFC 7807 problem details
         */
        Problem: {
            /**
             * Format: uri
             * @description stable identifier of the kind of problem
             * @example https://tributary.example/problems/validation
             */
            type: string;
            /** @description what went wrong, in the caller's language (fr or en) */
            title: string;
            status: number;
            detail?: string;
            /** @description the path of the request */
            instance?: string;
            /** @description follows the request into logs and the events it caused */
            correlationId?: string;
            /** @description the request's OpenTelemetry trace (W3C trace id), to find it in the tracing backend */
            traceId?: string;
            errors?: {
                /**
                 * @description path of the offending field, e.g. participants.cells[3].count
                 * @example participants.cells[3].count
                 */
                field: string;
                message: string;
            }[];
        };
        /** OrganisationPage */
        OrganisationPage: {
            items: components["schemas"]["Organisation"][];
            /** @description pass as `cursor` to get the next page; null on the last */
            nextCursor: string | null;
        };
        /**
         * UpdateOrganisationRequest
         * @description the whole profile; optional fields left out keep their value
         */
        UpdateOrganisationRequest: {
            /** @example Association Malienne pour la Survie au Sahel */
            name: string;
            /** @example AMSS */
            acronym?: string;
            /** @enum {string} */
            kind: "donor" | "lead-partner" | "cso";
            /**
             * @description ISO 3166-1 alpha-2
             * @example ML
             */
            country: string;
            /** @description P-codes of the regions (adm1) the organisation works in, inside its country */
            regions: string[];
            /**
             * Format: email
             * @example contact@amss.example
             */
            contactEmail?: string;
            /**
             * @description IATI organisation identifier: registration agency code, hyphen, the number it issued; must match ^[A-Z]{2}-[A-Z0-9]{2,12}-[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$
             * @example XM-DAC-301-2
             */
            iatiIdentifier?: string;
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
        };
        /** DueDiligenceDecisionRequest */
        DueDiligenceDecisionRequest: {
            /** @enum {string} */
            status: "verified" | "rejected";
            /** @description required when rejecting */
            note?: string;
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
        };
        /** RegisterUserRequest */
        RegisterUserRequest: {
            /**
             * Format: email
             * @example rapporteur@amss.example
             */
            email: string;
            /** @example Rapporteur AMSS */
            displayName: string;
            /** @enum {string} */
            preferredLanguage: "fr" | "en";
            /** @description omitted only for platform administrators */
            organisationId?: string;
            roles: ("admin" | "program-manager" | "me-officer" | "cso-reporter" | "donor-viewer")[];
            /** @description initial password; stored only as a bcrypt hash */
            password: string;
        };
        /** User */
        User: {
            id: string;
            /** @description increases by one with every change */
            version: number;
            email: string;
            displayName: string;
            /** @enum {string} */
            preferredLanguage: "fr" | "en";
            /** @description null for platform administrators */
            organisationId: string | null;
            roles: ("admin" | "program-manager" | "me-officer" | "cso-reporter" | "donor-viewer")[];
            disabled: boolean;
        };
        /** ChangeRolesRequest */
        ChangeRolesRequest: {
            roles: ("admin" | "program-manager" | "me-officer" | "cso-reporter" | "donor-viewer")[];
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
        };
        /** DisableUserRequest */
        DisableUserRequest: {
            reason?: string;
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
        };
        /** PasswordGrant */
        PasswordGrant: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            grant_type: "password";
            /**
             * @description the email address
             * @example rapporteur@amss.example
             */
            username: string;
            password: string;
            /**
             * @description space-separated scopes asked for
             * @example feeds:read
             */
            scope?: string;
        };
        /** RefreshTokenGrant */
        RefreshTokenGrant: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            grant_type: "refresh_token";
            refresh_token: string;
            /**
             * @description space-separated scopes asked for
             * @example feeds:read
             */
            scope?: string;
        };
        /** ClientCredentialsGrant */
        ClientCredentialsGrant: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            grant_type: "client_credentials";
            client_id: string;
            client_secret: string;
            /**
             * @description space-separated scopes asked for
             * @example feeds:read
             */
            scope?: string;
        };
        /** TokenRequest */
        TokenRequest: components["schemas"]["PasswordGrant"] | components["schemas"]["RefreshTokenGrant"] | components["schemas"]["ClientCredentialsGrant"];
        /** Token */
        Token: {
            /** @description RS256 JWT */
            access_token: string;
            /** @constant */
            token_type: "Bearer";
            /** @description seconds */
            expires_in: number;
            /** @description for users; works once */
            refresh_token?: string;
            /** @description for machine clients */
            scope?: string;
        };
        /** RevokeRequest */
        RevokeRequest: {
            /** @description the refresh token to revoke (with every token issued from the same sign-in) */
            token: string;
        };
        /**
         * Jwks
         * @description JSON Web Key Set (RFC 7517)
         */
        Jwks: {
            keys: {
                kty: string;
                kid: string;
                alg: string;
                use: string;
                n: string;
                e: string;
            }[];
        };
        /** RotatedKey */
        RotatedKey: {
            /** @description id of the new signing key */
            kid: string;
        };
        /** RegisterClientRequest */
        RegisterClientRequest: {
            /** @example Outil de suivi-évaluation FHI 360 */
            name: string;
            organisationId: string;
            scopes: "feeds:read"[];
        };
        /** RegisteredClient */
        RegisteredClient: {
            clientId: string;
            /** @description shown this once; only its hash is kept */
            clientSecret: string;
            scopes: "feeds:read"[];
        };
        /** Liveness */
        Liveness: {
            /** @enum {string} */
            status: "ok";
        };
        /**
         * Health
         * @example {
         *       "status": "ok",
         *       "info": {
         *         "mongodb": {
         *           "status": "up"
         *         }
         *       },
         *       "error": {},
         *       "details": {
         *         "mongodb": {
         *           "status": "up"
         *         }
         *       }
         *     }
         */
        Health: {
            /** @enum {string} */
            status: "ok" | "error" | "shutting_down";
            info?: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                    message?: string;
                };
            };
            error?: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                    message?: string;
                };
            };
            details: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                    message?: string;
                };
            };
        };
        /** AuditTrail */
        AuditTrail: {
            subject: string;
            entries: {
                eventId: string;
                /** @description the event: what happened */
                type: string;
                /** Format: date-time */
                time: string;
                actor: {
                    userId: string;
                    organisationId: string | null;
                };
                /** @description the request that made the change, as in the logs */
                correlationId: string;
                changes: {
                    field: string;
                    /** @description the field’s value (null when absent) */
                    before: unknown;
                    /** @description the field’s value (null when absent) */
                    after: unknown;
                }[];
            }[];
        };
        /** Caller */
        Caller: {
            /** @description user id, or client:<id> for a machine client */
            userId: string;
            organisationId: string | null;
            roles?: string[];
            scopes?: string[];
            /** @enum {string} */
            preferredLanguage?: "fr" | "en";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The request's trace (W3C Trace Context `version-traceid-spanid-flags`, as `traceparent`): it continues the caller's `traceparent` when sent one, and names the trace to quote */
        traceresponse: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    OrganisationsController_list: {
        parameters: {
            query?: {
                kind?: "donor" | "lead-partner" | "cso";
                dueDiligence?: "pending" | "verified" | "rejected";
                /** @description OCHA P-code of an administrative area (ML06: the Timbuktu region) */
                region?: string;
                /** @description the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPage"];
                };
            };
            /** @description The request does not fit its schema (`errors` names each field), or its body is not readable */
            400: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (missing, invalid or expired), or wrong credentials */
            401: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role, scope or organisation does not allow this */
            403: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refused the request; `errors` names the field when there is one */
            422: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterOrganisationRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description The request does not fit its schema (`errors` names each field), or its body is not readable */
            400: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (missing, invalid or expired), or wrong credentials */
            401: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role, scope or organisation does not allow this */
            403: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a duplicate, or a step the current status does not allow */
            409: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description A business rule refused the request; `errors` names the field when there is one
             *
             *     A business rule refused the request; `errors` names the field when there is one
             */
            422: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from your organisation, account or client: `Retry-After` says when to try again */
            429: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description No valid token (missing, invalid or expired), or wrong credentials */
            401: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role, scope or organisation does not allow this */
            403: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description The request does not fit its schema (`errors` names each field), or its body is not readable */
            400: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (missing, invalid or expired), or wrong credentials */
            401: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role, scope or organisation does not allow this */
            403: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a duplicate, or a step the current status does not allow */
            409: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description A business rule refused the request; `errors` names the field when there is one
             *
             *     A business rule refused the request; `errors` names the field when there is one
             */
            422: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from your organisation, account or client: `Retry-After` says when to try again */
            429: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DueDiligenceDecisionRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description The request does not fit its schema (`errors` names each field), or its body is not readable */
            400: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (missing, invalid or expired), or wrong credentials */
            401: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role, scope or organisation does not allow this */
            403: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a duplicate, or a step the current status does not allow */
            409: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refused the request; `errors` names the field when there is one */
            422: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from your organisation, account or client: `Retry-After` says when to try again */
            429: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"][];
                };
            };
            /** @description The request does not fit its schema (`errors` names each field), or its body is not readable */
            400: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (missing, invalid or expired), or wrong credentials */
            401: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role, scope or organisation does not allow this */
            403: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterUserRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request does not fit its schema (`errors` names each field), or its body is not readable */
            400: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (missing, invalid or expired), or wrong credentials */
            401: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role, scope or organisation does not allow this */
            403: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a duplicate, or a step the current status does not allow */
            409: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refused the request; `errors` names the field when there is one */
            422: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from your organisation, account or client: `Retry-After` says when to try again */
            429: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description No valid token (missing, invalid or expired), or wrong credentials */
            401: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role, scope or organisation does not allow this */
            403: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_changeRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRolesRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request does not fit its schema (`errors` names each field), or its body is not readable */
            400: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (missing, invalid or expired), or wrong credentials */
            401: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role, scope or organisation does not allow this */
            403: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a duplicate, or a step the current status does not allow */
            409: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refused the request; `errors` names the field when there is one */
            422: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from your organisation, account or client: `Retry-After` says when to try again */
            429: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableUserRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request does not fit its schema (`errors` names each field), or its body is not readable */
            400: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (missing, invalid or expired), or wrong credentials */
            401: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role, scope or organisation does not allow this */
            403: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a duplicate, or a step the current status does not allow */
            409: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from your organisation, account or client: `Retry-After` says when to try again */
            429: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TokensController_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description The request does not fit its schema (`errors` names each field), or its body is not readable */
            400: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (missing, invalid or expired), or wrong credentials */
            401: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role, scope or organisation does not allow this */
            403: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refused the request; `errors` names the field when there is one */
            422: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account is locked after repeated failed sign-ins */
            423: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from your organisation, account or client: `Retry-After` says when to try again */
            429: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TokensController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeRequest"];
            };
        };
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not fit its schema (`errors` names each field), or its body is not readable */
            400: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TokensController_jwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jwks"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TokensController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedKey"];
                };
            };
            /** @description No valid token (missing, invalid or expired), or wrong credentials */
            401: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role, scope or organisation does not allow this */
            403: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a duplicate, or a step the current status does not allow */
            409: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from your organisation, account or client: `Retry-After` says when to try again */
            429: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TokensController_registerClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterClientRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredClient"];
                };
            };
            /** @description The request does not fit its schema (`errors` names each field), or its body is not readable */
            400: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (missing, invalid or expired), or wrong credentials */
            401: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role, scope or organisation does not allow this */
            403: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refused the request; `errors` names the field when there is one */
            422: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from your organisation, account or client: `Retry-After` says when to try again */
            429: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditController_get: {
        parameters: {
            query: {
                /** @description id of the record: a sub-grant, an activity, an indicator… */
                subject: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrail"];
                };
            };
            /** @description The request does not fit its schema (`errors` names each field), or its body is not readable */
            400: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (missing, invalid or expired), or wrong credentials */
            401: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role, scope or organisation does not allow this */
            403: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditController_csv: {
        parameters: {
            query: {
                /** @description id of the record: a sub-grant, an activity, an indicator… */
                subject: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request does not fit its schema (`errors` names each field), or its body is not readable */
            400: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (missing, invalid or expired), or wrong credentials */
            401: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role, scope or organisation does not allow this */
            403: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WhoAmIController_whoAmI: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Caller"];
                };
            };
            /** @description No valid token (missing, invalid or expired), or wrong credentials */
            401: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role, scope or organisation does not allow this */
            403: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again */
            503: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
