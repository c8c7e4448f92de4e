// Generated from libs/client/openapi/activities.json by npm run client:generate: do not edit.
export interface paths {
    "/activities/import/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The spreadsheet template: one row per activity, a column per participant cell (sex × age band × category) and per output kind; headers in French unless `lang` or Accept-Language asks for English. An import reads either. */
        get: operations["ActivityFilesController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import activities from the CSV template; the answer gives each row its outcome and errors */
        post: operations["ActivityFilesController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The files attached to an activity (without their content) */
        get: operations["ActivityFilesController_listEvidence"];
        put?: never;
        /** Attach a photo, attendance sheet or document (JPEG, PNG or PDF, at most 2 MB) */
        post: operations["ActivityFilesController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/{id}/evidence/{evidenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file; attendance sheets only for the CSO and its program manager */
        get: operations["ActivityFilesController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Activities you may see: your CSO's, or your lead partner's sub-grants' */
        get: operations["ActivitiesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan, report and submit many activities at once; each item answered created, updated, unchanged, conflict or invalid */
        post: operations["ActivitiesController_runBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One activity you may see, with its report */
        get: operations["ActivitiesController_get"];
        /** Plan an activity under an active sub-grant with a client-generated id; a retry answers 200 unchanged */
        put: operations["ActivitiesController_plan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write the report draft: dates, place, participants counted by sex × age band × category, outputs, narrative */
        put: operations["ActivitiesController_saveReport"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/{id}/report/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the report for validation, while the sub-grant is active */
        post: operations["ActivitiesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/{id}/report/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate a submitted report: its counts now count */
        post: operations["ActivitiesController_validate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/{id}/report/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return the report with comments (also a validated one: its counts are then taken back out) */
        post: operations["ActivitiesController_returnReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/{id}/report/correct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a validated report; the previous version is kept and the event carries both */
        post: operations["ActivitiesController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/{id}/outputs/{outputId}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the follow-up of a recommendation of a validated report: adopted, in progress, implemented or dropped (never back to proposed) */
        post: operations["ActivitiesController_followUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Activity types, themes, output and organisation kinds and participant dimensions, in French and English; retired entries flagged */
        get: operations["ReferenceController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every entry administrators added or retired, oldest first, with who and when */
        get: operations["ReferenceController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Places of the gazetteer by name (accents and case ignored), for picking a place without knowing its P-code */
        get: operations["ReferenceController_places"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/places/{pcode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An administrative area by P-code, with its region, cercle and commune */
        get: operations["ReferenceController_place"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an entry to a list without a code change; plans and reports may use it at once */
        post: operations["ReferenceController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/{list}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire an entry, shipped or added: refused in new plans and reports from now on, still listed (flagged) for those that carry it */
        post: operations["ReferenceController_retire"];
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
        /** ImportRowResult */
        ImportRowResult: {
            /** @description the spreadsheet row (1 is the header) */
            row: number;
            /** @description the id the item gave */
            id: string;
            /** @enum {string} */
            outcome: "created" | "updated" | "unchanged" | "conflict" | "invalid";
            reportStatus?: string;
            reason?: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
        /** Evidence */
        Evidence: {
            id: string;
            activityId: string;
            /** @enum {string} */
            kind: "photo" | "attendance-sheet" | "document";
            filename: string;
            contentType: string;
            /** @description bytes */
            size: number;
            uploadedBy: string;
            /** Format: date-time */
            uploadedAt: string;
        };
        /** ParticipantCell */
        ParticipantCell: {
            sex: string;
            ageBand: string;
            category: string;
            count: number;
        };
        /** Participants */
        Participants: {
            total: number;
            cells: components["schemas"]["ParticipantCell"][];
            byCategory?: {
                [key: string]: number;
            };
            bySex?: {
                [key: string]: number;
            };
        };
        /** ParticipatingOrganisation */
        ParticipatingOrganisation: {
            kind: string;
            organisationId?: string;
            name?: string;
        };
        /** OutputText */
        OutputText: {
            fr?: string;
            en?: string;
        };
        /** Output */
        Output: {
            id: string;
            kind: string;
            quantity: number;
            text?: components["schemas"]["OutputText"];
            theme?: string;
            addressee?: string;
            /**
             * @description a recommendation's follow-up, set by the program manager
             * @enum {string}
             */
            status?: "proposed" | "adopted" | "in-progress" | "implemented" | "dropped";
        };
        /** ActivityReport */
        ActivityReport: {
            /** Format: date */
            actualStart: string;
            /** Format: date */
            actualEnd: string;
            pcode: string;
            participants: components["schemas"]["Participants"];
            organisations: components["schemas"]["ParticipatingOrganisation"][];
            outputs: components["schemas"]["Output"][];
            narrative: string;
            /** @description increases with every correction */
            reportVersion: number;
            /** @enum {string} */
            status: "draft" | "submitted" | "validated" | "returned";
            /** @description why the lead partner returned it */
            comments?: string;
            wasEverSubmitted: boolean;
        };
        /** PreviousReport */
        PreviousReport: {
            /** Format: date */
            actualStart: string;
            /** Format: date */
            actualEnd: string;
            pcode: string;
            participants: components["schemas"]["Participants"];
            organisations: components["schemas"]["ParticipatingOrganisation"][];
            outputs: components["schemas"]["Output"][];
            narrative: string;
            /** @description increases with every correction */
            reportVersion: number;
        };
        /** Activity */
        Activity: {
            id: string;
            /** @description increases by one with every change */
            version: number;
            subGrantId: string;
            projectId: string;
            recipientId: string;
            leadPartnerId: string;
            type: string;
            title: string;
            /** Format: date */
            plannedStart: string;
            /** Format: date */
            plannedEnd: string;
            pcode: string;
            themes: string[];
            plannedParticipants: number;
            /** @description null until a report is written */
            report: components["schemas"]["ActivityReport"] | null;
            /** @description validated versions replaced by corrections, oldest first */
            previousReports: components["schemas"]["PreviousReport"][];
            /** @description the latest Idempotency-Key values applied */
            idempotencyKeys: string[];
        };
        /** PlanActivityRequest */
        PlanActivityRequest: {
            /**
             * @description an active sub-grant of your organisation
             * @example subgrant-amss-01
             */
            subGrantId: string;
            /**
             * @description a code from GET /reference
             * @example validation-forum
             */
            type: string;
            /** @example Forum de validation des résultats à Goundam */
            title: string;
            /**
             * Format: date
             * @example 2024-06-10
             */
            plannedStart: string;
            /**
             * Format: date
             * @example 2024-06-10
             */
            plannedEnd: string;
            /**
             * @description P-code of the region or cercle
             * @example ML0603
             */
            pcode: string;
            themes: string[];
            /** @example 40 */
            plannedParticipants: number;
        };
        /** ParticipantCellInput */
        ParticipantCellInput: {
            /**
             * @description a code from GET /reference
             * @example female
             */
            sex: string;
            /**
             * @description a code from GET /reference
             * @example 18-35
             */
            ageBand: string;
            /**
             * @description a code from GET /reference
             * @example womens-associations
             */
            category: string;
            count: number;
        };
        /** ParticipantsInput */
        ParticipantsInput: {
            /** @example 188 */
            total: number;
            /** @description counts by sex × age band × category, adding up to the total; never names */
            cells: components["schemas"]["ParticipantCellInput"][];
            /**
             * @description subtotals as stated in the field report, checked against the cells
             * @example {
             *       "womens-associations": 72
             *     }
             */
            byCategory?: {
                [key: string]: number;
            };
            /**
             * @example {
             *       "female": 21
             *     }
             */
            bySex?: {
                [key: string]: number;
            };
        };
        /** ParticipatingOrganisationInput */
        ParticipatingOrganisationInput: {
            /**
             * @description a code from GET /reference
             * @example local-authority
             */
            kind: string;
            /**
             * @description directory id, when it has one; an id the directory does not know (yet) is refused with 422
             * @example org-benkadi
             */
            organisationId?: string;
            /**
             * @description needed when it has no directory id; an organisation, never a person
             * @example Conseil régional de Tombouctou
             */
            name?: string;
        };
        /** OutputTextInput */
        OutputTextInput: {
            /** @example Associer les jeunes aux comités locaux de gestion des conflits */
            fr?: string;
            /** @example Involve young people in local conflict-management committees */
            en?: string;
        };
        /** OutputInput */
        OutputInput: {
            /** @description the id the report gave it, to keep it (and a recommendation its follow-up) through edits; left out for a new one */
            id?: string;
            /**
             * @description a code from GET /reference
             * @example recommendation
             */
            kind: string;
            /** @description how many; 1 when left out (the number of people for people trained) */
            quantity?: number;
            text?: components["schemas"]["OutputTextInput"];
            /**
             * @description a code from GET /reference
             * @example pve
             */
            theme?: string;
            /** @example Gouvernement de transition */
            addressee?: string;
        };
        /** ReportContentRequest */
        ReportContentRequest: {
            /**
             * Format: date
             * @example 2024-06-10
             */
            actualStart: string;
            /**
             * Format: date
             * @example 2024-06-10
             */
            actualEnd: string;
            /**
             * @description OCHA P-code of an administrative area (ML06: the Timbuktu region)
             * @example ML06
             */
            pcode: string;
            participants: components["schemas"]["ParticipantsInput"];
            /** @description the other organisations that took part, by kind; none when left out */
            organisations?: components["schemas"]["ParticipatingOrganisationInput"][];
            /** @description what the activity produced, item by item; none when left out */
            outputs?: components["schemas"]["OutputInput"][];
            /** @description what happened; do not write participants’ names or phone numbers */
            narrative: string;
        };
        /** BatchItem */
        BatchItem: {
            /** @description client-generated activity id (UUID recommended), stable across retries */
            id: string;
            plan: components["schemas"]["PlanActivityRequest"];
            report?: components["schemas"]["ReportContentRequest"];
            /** @description submit the report for validation */
            submit?: boolean;
        };
        /** BatchRequest */
        BatchRequest: {
            items: (components["schemas"]["BatchItem"] | {
                [key: string]: unknown;
            })[];
        };
        /** BatchItemResult */
        BatchItemResult: {
            /** @description the id the item gave */
            id: string;
            /** @enum {string} */
            outcome: "created" | "updated" | "unchanged" | "conflict" | "invalid";
            reportStatus?: string;
            reason?: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
        /** PlanOutcome */
        PlanOutcome: {
            /** @enum {string} */
            outcome: "created" | "unchanged";
            activity: components["schemas"]["Activity"];
        };
        /** SaveReportRequest */
        SaveReportRequest: {
            /**
             * Format: date
             * @example 2024-06-10
             */
            actualStart: string;
            /**
             * Format: date
             * @example 2024-06-10
             */
            actualEnd: string;
            /**
             * @description OCHA P-code of an administrative area (ML06: the Timbuktu region)
             * @example ML06
             */
            pcode: string;
            participants: components["schemas"]["ParticipantsInput"];
            /** @description the other organisations that took part, by kind; none when left out */
            organisations?: components["schemas"]["ParticipatingOrganisationInput"][];
            /** @description what the activity produced, item by item; none when left out */
            outputs?: components["schemas"]["OutputInput"][];
            /** @description what happened; do not write participants’ names or phone numbers */
            narrative: string;
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
        };
        /** VersionRequest */
        VersionRequest: {
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
        };
        /** ReturnReportRequest */
        ReturnReportRequest: {
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
            /** @example Les listes de présence ne correspondent pas aux totaux. */
            comments: string;
        };
        /** CorrectReportRequest */
        CorrectReportRequest: {
            /**
             * Format: date
             * @example 2024-06-10
             */
            actualStart: string;
            /**
             * Format: date
             * @example 2024-06-10
             */
            actualEnd: string;
            /**
             * @description OCHA P-code of an administrative area (ML06: the Timbuktu region)
             * @example ML06
             */
            pcode: string;
            participants: components["schemas"]["ParticipantsInput"];
            /** @description the other organisations that took part, by kind; none when left out */
            organisations?: components["schemas"]["ParticipatingOrganisationInput"][];
            /** @description what the activity produced, item by item; none when left out */
            outputs?: components["schemas"]["OutputInput"][];
            /** @description what happened; do not write participants’ names or phone numbers */
            narrative: string;
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
            /** @example double comptage des représentants de jeunes corrigé */
            reason: string;
        };
        /** FollowUpRequest */
        FollowUpRequest: {
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
            /**
             * @description the recommendation's follow-up; never back to proposed
             * @enum {string}
             */
            status: "adopted" | "in-progress" | "implemented" | "dropped";
        };
        /** ReferenceEntry */
        ReferenceEntry: {
            code: string;
            fr: string;
            en: string;
            /**
             * @description no longer accepted in new plans and reports; listed so that what carries the code still reads (left out when in use)
             * @constant
             */
            retired?: true;
        };
        /** Labelled */
        Labelled: {
            code: string;
            fr: string;
            en: string;
        };
        /** Reference */
        Reference: {
            activityTypes: components["schemas"]["ReferenceEntry"][];
            themes: components["schemas"]["ReferenceEntry"][];
            /** @description what an activity produces: declarations, recommendations, people trained… */
            outputKinds: components["schemas"]["ReferenceEntry"][];
            /** @description kinds of the organisations that take part in an activity */
            organisationKinds: components["schemas"]["ReferenceEntry"][];
            dimensions: {
                sex: components["schemas"]["Labelled"][];
                ageBand: components["schemas"]["Labelled"][];
                category: components["schemas"]["ReferenceEntry"][];
            };
        };
        /** ReferenceChange */
        ReferenceChange: {
            /** Format: date-time */
            time: string;
            /** @description the administrator (`service:activities` for entries moved from the earlier activity types) */
            by: {
                userId: string;
                organisationId: string | null;
            };
            /** @enum {string} */
            change: "added" | "retired";
            /** @enum {string} */
            list: "activity-types" | "themes" | "categories" | "output-kinds" | "organisation-kinds";
            code: string;
            fr: string;
            en: string;
        };
        /** PlaceMatch */
        PlaceMatch: {
            pcode: string;
            name: string;
            /** @description 1 for a region, 2 for a cercle, 3 for a commune */
            level: number;
            parent: string | null;
            region: string | null;
        };
        /** Place */
        Place: {
            /** @description null for an unknown P-code */
            area: {
                pcode: string;
                name: string;
                level: number;
                parent: string | null;
            } | null;
            pcode?: string;
            /** @description the region */
            adm1?: string;
            /** @description the cercle */
            adm2?: string;
            /** @description the commune */
            adm3?: string;
        };
        /** AddReferenceEntryRequest */
        AddReferenceEntryRequest: {
            /**
             * @description made from the French label when left out (« Séminaire régional » → seminaire-regional)
             * @example sports-for-peace
             */
            code?: string;
            /** @example Séminaire régional */
            fr: string;
            /**
             * @description the French label when left out
             * @example Regional seminar
             */
            en?: string;
        };
        /** RetireReferenceEntryRequest */
        RetireReferenceEntryRequest: {
            /**
             * @description the code of the entry, shipped or added
             * @example displaced-people
             */
            code: string;
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
    ActivityFilesController_template: {
        parameters: {
            query?: {
                /** @description language of the headers; wins over Accept-Language */
                lang?: "fr" | "en";
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
    ActivityFilesController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
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
                    "application/json": components["schemas"]["ImportRowResult"][];
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
    ActivityFilesController_listEvidence: {
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
                    "application/json": components["schemas"]["Evidence"][];
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
    ActivityFilesController_upload: {
        parameters: {
            query: {
                kind: "photo" | "attendance-sheet" | "document";
                filename: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
                "application/pdf": string;
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
                    "application/json": components["schemas"]["Evidence"];
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
    ActivityFilesController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                evidenceId: string;
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
                    "image/jpeg": string;
                    "image/png": string;
                    "application/pdf": string;
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
    ActivitiesController_list: {
        parameters: {
            query?: {
                subGrantId?: string;
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
                    "application/json": components["schemas"]["Activity"][];
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
    ActivitiesController_runBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchRequest"];
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
                    "application/json": components["schemas"]["BatchItemResult"][];
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
    ActivitiesController_get: {
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
                    "application/json": components["schemas"]["Activity"];
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
    ActivitiesController_plan: {
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
                "application/json": components["schemas"]["PlanActivityRequest"];
            };
        };
        responses: {
            /** @description Already planned, exactly so: unchanged */
            200: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanOutcome"];
                };
            };
            /** @description Planned */
            201: {
                headers: {
                    traceresponse: components["headers"]["traceresponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanOutcome"];
                };
            };
            /**
             * @description The request does not fit its schema (`errors` names each field), or its body is not readable
             *
             *     The request does not fit its schema (`errors` names each field), or its body is not readable
             */
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
    ActivitiesController_saveReport: {
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
                "application/json": components["schemas"]["SaveReportRequest"];
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
                    "application/json": components["schemas"]["Activity"];
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
    ActivitiesController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retried submission with the same key changes nothing (an empty key is no key) */
                "idempotency-key"?: string;
            };
            path: {
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
                    "application/json": components["schemas"]["Activity"];
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
    ActivitiesController_validate: {
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
                    "application/json": components["schemas"]["Activity"];
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
    ActivitiesController_returnReport: {
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
                "application/json": components["schemas"]["ReturnReportRequest"];
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
                    "application/json": components["schemas"]["Activity"];
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
    ActivitiesController_correct: {
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
                "application/json": components["schemas"]["CorrectReportRequest"];
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
                    "application/json": components["schemas"]["Activity"];
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
    ActivitiesController_followUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                outputId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpRequest"];
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
                    "application/json": components["schemas"]["Activity"];
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
    ReferenceController_get: {
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
                    "application/json": components["schemas"]["Reference"];
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
    ReferenceController_history: {
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
                    "application/json": components["schemas"]["ReferenceChange"][];
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
    ReferenceController_places: {
        parameters: {
            query: {
                /** @description part of the place’s name, accents and case ignored */
                name: string;
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
                    "application/json": components["schemas"]["PlaceMatch"][];
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
    ReferenceController_place: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pcode: string;
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
                    "application/json": components["schemas"]["Place"];
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
    ReferenceController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                list: "activity-types" | "themes" | "categories" | "output-kinds" | "organisation-kinds";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddReferenceEntryRequest"];
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
                    "application/json": components["schemas"]["ReferenceEntry"];
                };
            };
            /**
             * @description The request does not fit its schema (`errors` names each field), or its body is not readable
             *
             *     The request does not fit its schema (`errors` names each field), or its body is not readable
             */
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
    ReferenceController_retire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                list: "activity-types" | "themes" | "categories" | "output-kinds" | "organisation-kinds";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetireReferenceEntryRequest"];
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
                    "application/json": components["schemas"]["ReferenceEntry"];
                };
            };
            /**
             * @description The request does not fit its schema (`errors` names each field), or its body is not readable
             *
             *     The request does not fit its schema (`errors` names each field), or its body is not readable
             */
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
