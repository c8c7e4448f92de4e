// Generated from libs/client/openapi/indicators.json by npm run client:generate: do not edit.
export interface paths {
    "/projects/{projectId}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's indicators, by code */
        get: operations["IndicatorsController_list"];
        put?: never;
        /** Define an indicator with its rule, targets and disaggregations; values are rebuilt from the activity events */
        post: operations["IndicatorsController_define"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/indicators/{indicatorId}/manual-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a value measured outside reports (e.g. a survey) for an indicator without a rule */
        post: operations["ManualValuesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/indicators/{indicatorId}/manual-values/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a manual value (not by its submitter); it then becomes the value of its period */
        post: operations["ManualValuesController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicator values with targets and status, filtered, with cursor paging */
        get: operations["FeedsController_values"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed since the cursor: nothing missed, nothing repeated, while values keep changing */
        get: operations["FeedsController_changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/values.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The values as CSV, with an HXL hashtag row when hxl=true */
        get: operations["FeedsController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/iati.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project as an IATI 2.03 activity: results with baseline, targets and actuals by dimension, and disbursements as transactions; organisations by IATI identifier and name. 409 while the lead partner has no IATI identifier */
        get: operations["FeedsController_iati"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/dhis2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The values as a DHIS2 dataValueSets document */
        get: operations["FeedsController_dhis2"];
        put?: never;
        post?: never;
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
    "/admin/read-models/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rebuild this service's read models from the beginning of their topics, while it keeps serving */
        post: operations["ReadModelsAdminController_rebuild"];
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
        /** TargetInput */
        TargetInput: {
            /**
             * @description DHIS2 period: 2024, 2024S1, 2024Q1 or 202401
             * @example 2024Q1
             */
            period: string;
            value: number;
            /**
             * @description a target for one disaggregation only
             * @example sex=female
             */
            disaggregation?: string;
        };
        /** BaselineInput */
        BaselineInput: {
            value: number;
            /**
             * Format: date
             * @example 2023-12-31
             */
            date: string;
        };
        /** IndicatorRule */
        IndicatorRule: {
            /** @description outputs sums the quantities of the outputs a report lists */
            measure: "participants" | "activities" | "distinct-places" | "distinct-organisations" | "outputs";
            /** @description distinct-places only: count regions (adm1, Bamako district included), cercles (adm2) or communes (adm3); a report placed above the level does not count. Without it, the cercle, or the region for a report placed at a region */
            level?: "adm1" | "adm2" | "adm3";
            filter?: {
                /** @description activity types */
                activityTypes?: string[];
                /** @description themes of the activity (outputs: the output's own theme when it has one) */
                themes?: string[];
                /** @description participant categories */
                categories?: string[];
                /** @description participant sexes */
                sexes?: string[];
                /** @description P-code prefixes: ML06 takes every place in the Timbuktu region */
                places?: string[];
                /** @description distinct-organisations only: organisation kinds */
                organisationKinds?: string[];
                /** @description outputs only: output kinds */
                outputKinds?: string[];
                /** @description outputs only: recommendations with these follow-up statuses */
                statuses?: ("proposed" | "adopted" | "in-progress" | "implemented" | "dropped")[];
            };
        };
        /**
         * UnitIndicatorRequest
         * @description a count from activity reports by its rule; without a rule, from manual values
         */
        UnitIndicatorRequest: {
            /**
             * @description unique in the project
             * @example OUT-1.1
             */
            code: string;
            title: {
                fr: string;
                en: string;
            };
            definition?: {
                fr: string;
                en: string;
            };
            result?: {
                fr: string;
                en: string;
            };
            /** @enum {string} */
            level: "output" | "outcome" | "impact";
            /** @enum {string} */
            direction: "increase" | "decrease";
            disaggregations: ("sex" | "ageBand" | "category" | "adm1" | "adm2" | "activityType" | "theme" | "organisationKind" | "outputKind" | "status")[];
            targets: components["schemas"]["TargetInput"][];
            baseline?: components["schemas"]["BaselineInput"];
            meansOfVerification?: string;
            /** @enum {string} */
            frequency?: "monthly" | "quarterly" | "six-monthly" | "yearly";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            measure: "unit";
            rule?: components["schemas"]["IndicatorRule"];
        };
        /**
         * PercentIndicatorRequest
         * @description numerator over denominator, e.g. the share of women among participants
         */
        PercentIndicatorRequest: {
            /**
             * @description unique in the project
             * @example OUT-1.1
             */
            code: string;
            title: {
                fr: string;
                en: string;
            };
            definition?: {
                fr: string;
                en: string;
            };
            result?: {
                fr: string;
                en: string;
            };
            /** @enum {string} */
            level: "output" | "outcome" | "impact";
            /** @enum {string} */
            direction: "increase" | "decrease";
            disaggregations: ("sex" | "ageBand" | "category" | "adm1" | "adm2" | "activityType" | "theme" | "organisationKind" | "outputKind" | "status")[];
            targets: components["schemas"]["TargetInput"][];
            baseline?: components["schemas"]["BaselineInput"];
            meansOfVerification?: string;
            /** @enum {string} */
            frequency?: "monthly" | "quarterly" | "six-monthly" | "yearly";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            measure: "percent";
            numerator: components["schemas"]["IndicatorRule"];
            denominator: components["schemas"]["IndicatorRule"];
        };
        /**
         * QualitativeIndicatorRequest
         * @description from manual values
         */
        QualitativeIndicatorRequest: {
            /**
             * @description unique in the project
             * @example OUT-1.1
             */
            code: string;
            title: {
                fr: string;
                en: string;
            };
            definition?: {
                fr: string;
                en: string;
            };
            result?: {
                fr: string;
                en: string;
            };
            /** @enum {string} */
            level: "output" | "outcome" | "impact";
            /** @enum {string} */
            direction: "increase" | "decrease";
            disaggregations: ("sex" | "ageBand" | "category" | "adm1" | "adm2" | "activityType" | "theme" | "organisationKind" | "outputKind" | "status")[];
            targets: components["schemas"]["TargetInput"][];
            baseline?: components["schemas"]["BaselineInput"];
            meansOfVerification?: string;
            /** @enum {string} */
            frequency?: "monthly" | "quarterly" | "six-monthly" | "yearly";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            measure: "qualitative";
        };
        /** DefineIndicatorRequest */
        DefineIndicatorRequest: components["schemas"]["UnitIndicatorRequest"] | components["schemas"]["PercentIndicatorRequest"] | components["schemas"]["QualitativeIndicatorRequest"];
        /** Target */
        Target: {
            period: string;
            value: number;
            disaggregation?: string;
        };
        /** Indicator */
        Indicator: {
            id: string;
            /** @description increases by one with every change */
            version: number;
            projectId: string;
            code: string;
            title: {
                fr: string;
                en: string;
            };
            definition?: {
                fr: string;
                en: string;
            };
            result?: {
                fr: string;
                en: string;
            };
            /** @enum {string} */
            level: "output" | "outcome" | "impact";
            /** @enum {string} */
            measure: "unit" | "percent" | "qualitative";
            /** @enum {string} */
            direction: "increase" | "decrease";
            disaggregations: string[];
            rule?: components["schemas"]["IndicatorRule"];
            numerator?: components["schemas"]["IndicatorRule"];
            denominator?: components["schemas"]["IndicatorRule"];
            targets: components["schemas"]["Target"][];
            baseline?: {
                value: number;
                /** Format: date */
                date: string;
            };
            meansOfVerification?: string;
            /** @enum {string} */
            frequency?: "monthly" | "quarterly" | "six-monthly" | "yearly";
            /** @description True from the definition until the reports stored before it are counted under its rule (a replay of the activity log, which survives restarts); until then its values count only the reports after it. */
            recounting: boolean;
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
        /** ManualValueRequest */
        ManualValueRequest: {
            /**
             * @description project:<project id> or subgrant:<sub-grant id>
             * @example project:project-cove-tbk
             */
            scope: string;
            /**
             * @description DHIS2 period: 2024, 2024S1, 2024Q1 or 202401
             * @example 2024Q1
             */
            period: string;
            /** @example 64.5 */
            value: number;
            /** @example enquête de perception, 420 ménages */
            comment?: string;
        };
        /** ManualValue */
        ManualValue: {
            id: string;
            /** @description increases by one with every change */
            version: number;
            indicatorId: string;
            projectId: string;
            scope: string;
            period: string;
            value: number;
            comment?: string;
            /** @enum {string} */
            status: "submitted" | "approved";
            submittedBy: string;
            approvedBy?: string;
        };
        /** VersionRequest */
        VersionRequest: {
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
        };
        /** FeedValue */
        FeedValue: {
            indicatorId: string;
            code: string;
            title: {
                fr: string;
                en: string;
            };
            /** @example project:project-cove-tbk */
            scope: string;
            /**
             * @description DHIS2 period
             * @example 2024Q1
             */
            period: string;
            /** @description null for a percentage without a denominator yet */
            value: number | null;
            /** @description the value by disaggregation, e.g. { "sex=female": 72 } */
            disaggregation: {
                [key: string]: number;
            };
            target?: number;
            /** @description targets set for one disaggregation, e.g. { "sex=female": 90 } */
            targetsByDisaggregation?: {
                [key: string]: number;
            };
            /** @enum {string} */
            status: "on-track" | "at-risk" | "off-track" | "no-target";
            /** @description when the value last changed, in the order of /feeds/changes */
            changeSequence: number;
        };
        /** FeedValuePage */
        FeedValuePage: {
            items: components["schemas"]["FeedValue"][];
            /** @description pass as `cursor` to get the next page; null on the last */
            nextCursor: string | null;
        };
        /** FeedChanges */
        FeedChanges: {
            items: components["schemas"]["FeedValue"][];
            /** @description pass as `cursor` next time; the same as sent when nothing changed */
            nextCursor: number;
        };
        /** Dhis2DataValueSet */
        Dhis2DataValueSet: {
            dataSet: string;
            dataValues: {
                /** @description the indicator code */
                dataElement: string;
                period: string;
                /** @description the scope */
                orgUnit: string;
                /** @description the disaggregation, e.g. sex=female */
                categoryOptionCombo?: string;
                value: string;
            }[];
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
        /** RebuildReport */
        RebuildReport: {
            generation: number;
            eventsReplayed: number;
            durationMs: number;
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
    IndicatorsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
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
                    "application/json": components["schemas"]["Indicator"][];
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
    IndicatorsController_define: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefineIndicatorRequest"];
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
                    "application/json": components["schemas"]["Indicator"];
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
    ManualValuesController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManualValueRequest"];
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
                    "application/json": components["schemas"]["ManualValue"];
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
    ManualValuesController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                indicatorId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionRequest"];
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
                    "application/json": components["schemas"]["ManualValue"];
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
    FeedsController_values: {
        parameters: {
            query: {
                projectId: string;
                indicatorId?: string;
                /** @description subgrant:<id>, project:<id> or portfolio:<lead partner id> */
                scope?: string;
                periodType?: "monthly" | "quarterly" | "six-monthly" | "yearly";
                from?: string;
                to?: string;
                /** @description keep only this dimension in the breakdown */
                disaggregation?: "sex" | "ageBand" | "category" | "adm1" | "adm2" | "activityType" | "theme" | "organisationKind" | "outputKind" | "status";
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
                    "application/json": components["schemas"]["FeedValuePage"];
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
    FeedsController_changes: {
        parameters: {
            query?: {
                /** @description the nextCursor of the previous answer */
                cursor?: number;
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
                    "application/json": components["schemas"]["FeedChanges"];
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
    FeedsController_csv: {
        parameters: {
            query: {
                projectId: string;
                indicatorId?: string;
                /** @description subgrant:<id>, project:<id> or portfolio:<lead partner id> */
                scope?: string;
                periodType?: "monthly" | "quarterly" | "six-monthly" | "yearly";
                from?: string;
                to?: string;
                /** @description one row per value of this dimension instead of one per value, in a column of its own (HXL: #adm1+code, #adm2+code, #activity+type, #sector+code, #org+type, #output+type, #status+recommendation, #indicator+sex, #indicator+age, #indicator+category) */
                disaggregation?: "sex" | "ageBand" | "category" | "adm1" | "adm2" | "activityType" | "theme" | "organisationKind" | "outputKind" | "status";
                /** @description add the HXL hashtag row */
                hxl?: boolean;
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
    FeedsController_iati: {
        parameters: {
            query: {
                projectId: string;
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
                    "application/xml": string;
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
    FeedsController_dhis2: {
        parameters: {
            query: {
                projectId: string;
                indicatorId?: string;
                /** @description subgrant:<id>, project:<id> or portfolio:<lead partner id> */
                scope?: string;
                periodType?: "monthly" | "quarterly" | "six-monthly" | "yearly";
                from?: string;
                to?: string;
                /** @description keep only this dimension in the breakdown */
                disaggregation?: "sex" | "ageBand" | "category" | "adm1" | "adm2" | "activityType" | "theme" | "organisationKind" | "outputKind" | "status";
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
                    "application/json": components["schemas"]["Dhis2DataValueSet"];
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
    ReadModelsAdminController_rebuild: {
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
                    "application/json": components["schemas"]["RebuildReport"];
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
