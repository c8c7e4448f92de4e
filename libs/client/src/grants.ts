// Generated from libs/client/openapi/grants.json by npm run client:generate: do not edit.
export interface paths {
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projects you may see: your lead partner's, or those your organisation funds */
        get: operations["ProjectsController_list"];
        put?: never;
        /** Set up a programme (program managers: their own organisation's) */
        post: operations["ProjectsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One project you may see */
        get: operations["ProjectsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/financial-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budget, and per currency awarded, planned, disbursed, spent and balance over approved sub-grants */
        get: operations["ProjectsController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/sub-grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft a sub-grant to a verified CSO, with budget lines, inside the project period */
        post: operations["ProjectsController_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub-grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The portfolio you may see, filtered, with cursor paging; a CSO sees only its own sub-grants */
        get: operations["SubGrantsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub-grants/iati-transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's disbursements as IATI 2.03 transactions (type 3), for the IATI export */
        get: operations["SubGrantsController_iati"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub-grants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One sub-grant you may see, with its tranches, disbursements, history, amendments and obligations */
        get: operations["SubGrantsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub-grants/{id}/financial-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Awarded, planned in tranches, disbursed, balance */
        get: operations["SubGrantsController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub-grants/{id}/transitions/{transition}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the sub-grant through its lifecycle (submit, approve, activate, suspend, reactivate, close, terminate) */
        post: operations["SubGrantsController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub-grants/{id}/tranches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan a tranche; tranches never sum above the award */
        post: operations["SubGrantsController_planTranche"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub-grants/{id}/reporting-obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports due: pending, submitted, accepted, or overdue when pending past the due date */
        get: operations["SubGrantsController_obligations"];
        put?: never;
        /** Set a narrative or financial report due on a date */
        post: operations["SubGrantsController_setObligation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub-grants/{id}/reporting-obligations/{obligationId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a due report as submitted (the recipient CSO or its program manager) */
        post: operations["SubGrantsController_submitReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub-grants/{id}/reporting-obligations/{obligationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a submitted report */
        post: operations["SubGrantsController_acceptReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub-grants/{id}/expenditure-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report expenditure over a period by budget line (the recipient CSO or its program manager) */
        post: operations["SubGrantsController_reportExpenditure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub-grants/{id}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose an amendment: no-cost extension (newEnd), budget realignment (budgetLines) or top-up (topUp) */
        post: operations["SubGrantsController_proposeAmendment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub-grants/{id}/amendments/{number}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a proposed amendment; the previous terms stay in its history */
        post: operations["SubGrantsController_approveAmendment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub-grants/{id}/disbursements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a disbursement against a tranche of an active sub-grant (exchange rate required for another currency) */
        post: operations["SubGrantsController_disburse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reporting-obligations/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports pending past their due date, across the sub-grants you manage */
        get: operations["ReportingObligationsController_overdue"];
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
        /** MoneyInput */
        MoneyInput: {
            /**
             * @description integer minor units (XOF has none: francs; USD/EUR/CAD: cents)
             * @example 12000000
             */
            amount: number;
            /**
             * @description ISO 4217 code of a currency in use
             * @example XOF
             * @enum {string}
             */
            currency: "XOF" | "XAF" | "USD" | "EUR" | "CAD" | "GBP" | "CHF" | "DKK" | "SEK" | "NOK";
        };
        /** PeriodInput */
        PeriodInput: {
            /**
             * Format: date
             * @example 2024-06-10
             */
            start: string;
            /**
             * Format: date
             * @description after the start
             * @example 2025-12-31
             */
            end: string;
        };
        /** CreateProjectRequest */
        CreateProjectRequest: {
            /**
             * @description letters, digits, dots, underscores and hyphens: it is part of the project’s IATI activity identifier
             * @example COVE-TBK
             */
            code: string;
            title: {
                fr: string;
                en: string;
            };
            leadPartnerId: string;
            donors: {
                organisationId: string;
                amount: components["schemas"]["MoneyInput"];
            }[];
            period: components["schemas"]["PeriodInput"];
            budget: components["schemas"]["MoneyInput"];
            regions: string[];
        };
        /** Money */
        Money: {
            /** @description integer minor units of the currency */
            amount: number;
            /** @example XOF */
            currency: string;
        };
        /** Period */
        Period: {
            /** Format: date */
            start: string;
            /** Format: date */
            end: string;
        };
        /** Project */
        Project: {
            id: string;
            /** @description increases by one with every change */
            version: number;
            code: string;
            title: {
                fr: string;
                en: string;
            };
            leadPartnerId: string;
            donors: {
                organisationId: string;
                amount: components["schemas"]["Money"];
            }[];
            period: components["schemas"]["Period"];
            budget: components["schemas"]["Money"];
            regions: string[];
            /** @enum {string} */
            status: "active" | "closed";
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
        /** ProjectFinancialSummary */
        ProjectFinancialSummary: {
            projectId: string;
            code: string;
            budget: components["schemas"]["Money"];
            unawarded: components["schemas"]["Money"];
            byCurrency: {
                currency: string;
                subGrants: number;
                awarded: components["schemas"]["Money"];
                planned: components["schemas"]["Money"];
                disbursed: components["schemas"]["Money"];
                spent: components["schemas"]["Money"];
                balance: components["schemas"]["Money"];
            }[];
        };
        /** BudgetLineInput */
        BudgetLineInput: {
            /** @example collecte de données */
            category: string;
            amount: components["schemas"]["MoneyInput"];
        };
        /** DraftSubGrantRequest */
        DraftSubGrantRequest: {
            /**
             * @description letters, digits, dots, underscores and hyphens: it is part of the CSO’s IATI activity identifier
             * @example SG-AMSS-01
             */
            reference: string;
            /**
             * @description a CSO whose due diligence is verified
             * @example org-amss
             */
            recipientId: string;
            purpose: string;
            award: components["schemas"]["MoneyInput"];
            period: components["schemas"]["PeriodInput"];
            budgetLines: components["schemas"]["BudgetLineInput"][];
        };
        /** BudgetLine */
        BudgetLine: {
            category: string;
            amount: components["schemas"]["Money"];
        };
        /** Tranche */
        Tranche: {
            id: string;
            /** Format: date */
            plannedDate: string;
            amount: components["schemas"]["Money"];
            condition?: string;
        };
        /**
         * Disbursement
         * @description creditedAmount: what the bank credited in the award's currency, when known; it is then amountInAwardCurrency
         */
        Disbursement: {
            id: string;
            trancheId: string;
            /** Format: date */
            date: string;
            amount: components["schemas"]["Money"];
            /** @description award-currency units per unit paid, when paid in another currency: as given, or derived from creditedAmount */
            exchangeRate?: string;
            creditedAmount?: components["schemas"]["Money"];
            amountInAwardCurrency: components["schemas"]["Money"];
            recordedBy: string;
        };
        /** ExpenditureReport */
        ExpenditureReport: {
            id: string;
            period: components["schemas"]["Period"];
            lines: components["schemas"]["BudgetLine"][];
            total: components["schemas"]["Money"];
            reportedBy: string;
            /** Format: date-time */
            reportedAt: string;
        };
        /** Amendment */
        Amendment: {
            number: number;
            /** @enum {string} */
            kind: "no-cost-extension" | "budget-realignment" | "top-up";
            justification: string;
            /** Format: date */
            newEnd?: string;
            budgetLines?: components["schemas"]["BudgetLine"][];
            topUp?: components["schemas"]["Money"];
            /** @enum {string} */
            status: "proposed" | "approved";
            proposedBy: string;
            /** Format: date-time */
            proposedAt: string;
            approvedBy?: string;
            /** Format: date-time */
            approvedAt?: string;
            /** @description the terms the approval replaced */
            before?: {
                award: components["schemas"]["Money"];
                period: components["schemas"]["Period"];
                budgetLines: components["schemas"]["BudgetLine"][];
            };
        };
        /** ReportingObligation */
        ReportingObligation: {
            id: string;
            /** @enum {string} */
            kind: "narrative" | "financial";
            title: string;
            /** Format: date */
            dueDate: string;
            /** @enum {string} */
            status: "pending" | "submitted" | "accepted";
            /** Format: date-time */
            submittedAt?: string;
            /** Format: date-time */
            acceptedAt?: string;
        };
        /** SubGrant */
        SubGrant: {
            id: string;
            /** @description increases by one with every change */
            version: number;
            projectId: string;
            leadPartnerId: string;
            reference: string;
            recipientId: string;
            purpose: string;
            award: components["schemas"]["Money"];
            period: components["schemas"]["Period"];
            budgetLines: components["schemas"]["BudgetLine"][];
            /** @enum {string} */
            status: "draft" | "submitted" | "approved" | "active" | "suspended" | "closed" | "terminated";
            tranches: components["schemas"]["Tranche"][];
            disbursements: components["schemas"]["Disbursement"][];
            history: {
                /** @enum {string} */
                status: "draft" | "submitted" | "approved" | "active" | "suspended" | "closed" | "terminated";
                /** Format: date-time */
                at: string;
                by: string;
                reason?: string;
            }[];
            expenditures?: components["schemas"]["ExpenditureReport"][];
            amendments?: components["schemas"]["Amendment"][];
            obligations?: components["schemas"]["ReportingObligation"][];
        };
        /** SubGrantPage */
        SubGrantPage: {
            items: components["schemas"]["SubGrant"][];
            /** @description pass as `cursor` to get the next page; null on the last */
            nextCursor: string | null;
        };
        /** IatiTransaction */
        IatiTransaction: {
            ref: string;
            /**
             * @description IATI transaction type 3: disbursement
             * @constant
             */
            transactionType: "3";
            /** Format: date */
            transactionDate: string;
            value: {
                /** @description decimal in major units */
                amount: string;
                currency: string;
                /** Format: date */
                valueDate: string;
            };
            exchangeRate?: string;
            /** @description what the payment counts for in the award's currency: the amount credited when known */
            valueInAwardCurrency?: {
                /** @description decimal in major units */
                amount: string;
                currency: string;
            };
            description: {
                fr: string;
                en: string;
            };
            /** @description the lead partner */
            providerOrg: {
                /**
                 * @description the organisation's IATI identifier; left out when the directory has none for it
                 * @example US-GOV-1
                 */
                ref?: string;
                /** @description the organisation's name */
                narrative: string;
            };
            /** @description the recipient CSO */
            receiverOrg: {
                /**
                 * @description the organisation's IATI identifier; left out when the directory has none for it
                 * @example US-GOV-1
                 */
                ref?: string;
                /** @description the organisation's name */
                narrative: string;
                /** @description <lead partner's IATI identifier>-<project code>-<sub-grant reference>; left out when the lead partner has no IATI identifier */
                receiverActivityId?: string;
            };
        };
        /** IatiTransactions */
        IatiTransactions: {
            projectId: string;
            projectCode: string;
            transactions: components["schemas"]["IatiTransaction"][];
        };
        /** SubGrantFinancialSummary */
        SubGrantFinancialSummary: {
            subGrantId: string;
            reference: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "approved" | "active" | "suspended" | "closed" | "terminated";
            awarded: components["schemas"]["Money"];
            planned: components["schemas"]["Money"];
            disbursed: components["schemas"]["Money"];
            spent: components["schemas"]["Money"];
            balance: components["schemas"]["Money"];
            unspentDisbursed: components["schemas"]["Money"];
            /** @description disbursed over awarded, to three decimals */
            disbursedShare: number;
            burnRatePerMonth: components["schemas"]["Money"];
        };
        /** TransitionRequest */
        TransitionRequest: {
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
            /** @description required to suspend or terminate */
            reason?: string;
        };
        /** PlanTrancheRequest */
        PlanTrancheRequest: {
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
            /**
             * Format: date
             * @example 2024-06-10
             */
            plannedDate: string;
            amount: components["schemas"]["MoneyInput"];
            /** @example rapport initial accepté */
            condition?: string;
        };
        /** ObligationAsOfToday */
        ObligationAsOfToday: {
            id: string;
            /** @enum {string} */
            kind: "narrative" | "financial";
            title: string;
            /** Format: date */
            dueDate: string;
            /**
             * @description overdue: pending past its due date
             * @enum {string}
             */
            status: "pending" | "submitted" | "accepted" | "overdue";
            /** Format: date-time */
            submittedAt?: string;
            /** Format: date-time */
            acceptedAt?: string;
        };
        /** SetObligationRequest */
        SetObligationRequest: {
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
            /** @enum {string} */
            kind: "narrative" | "financial";
            /** @example Rapport narratif du premier trimestre */
            title: string;
            /**
             * Format: date
             * @example 2024-06-10
             */
            dueDate: string;
        };
        /** VersionedRequest */
        VersionedRequest: {
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
        };
        /**
         * ReportExpenditureRequest
         * @description spending over a period by budget line of the sub-grant
         */
        ReportExpenditureRequest: {
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
            period: components["schemas"]["PeriodInput"];
            lines: components["schemas"]["BudgetLineInput"][];
        };
        /** NoCostExtensionRequest */
        NoCostExtensionRequest: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "no-cost-extension";
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
            justification: string;
            /**
             * Format: date
             * @description the new end date
             */
            newEnd: string;
        };
        /** BudgetRealignmentRequest */
        BudgetRealignmentRequest: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "budget-realignment";
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
            justification: string;
            budgetLines: components["schemas"]["BudgetLineInput"][];
        };
        /** TopUpRequest */
        TopUpRequest: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "top-up";
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
            justification: string;
            topUp: components["schemas"]["MoneyInput"];
        };
        /** ProposeAmendmentRequest */
        ProposeAmendmentRequest: components["schemas"]["NoCostExtensionRequest"] | components["schemas"]["BudgetRealignmentRequest"] | components["schemas"]["TopUpRequest"];
        /**
         * RecordDisbursementRequest
         * @description A payment in another currency than the award's gives exchangeRate, or creditedAmount: the amount the bank credited in the award's currency (above zero), which then counts against the tranche, the rate being derived from the two amounts (6 significant digits, half up). Not both.
         */
        RecordDisbursementRequest: {
            /** @description the version this change is based on; a stale one gets 409 and changes nothing */
            version: number;
            trancheId: string;
            /**
             * Format: date
             * @example 2024-06-10
             */
            date: string;
            amount: components["schemas"]["MoneyInput"];
            /**
             * @description award-currency units per unit paid; required when the currencies differ, unless creditedAmount is given
             * @example 655.957
             */
            exchangeRate?: string;
            creditedAmount?: components["schemas"]["MoneyInput"];
        };
        /** OverdueObligation */
        OverdueObligation: {
            subGrantId: string;
            reference: string;
            recipientId: string;
            id: string;
            /** @enum {string} */
            kind: "narrative" | "financial";
            title: string;
            /** Format: date */
            dueDate: string;
            /**
             * @description overdue: pending past its due date
             * @enum {string}
             */
            status: "pending" | "submitted" | "accepted" | "overdue";
            /** Format: date-time */
            submittedAt?: string;
            /** Format: date-time */
            acceptedAt?: string;
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
    ProjectsController_list: {
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
                    "application/json": components["schemas"]["Project"][];
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
    ProjectsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectRequest"];
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
                    "application/json": components["schemas"]["Project"];
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
    ProjectsController_get: {
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
                    "application/json": components["schemas"]["Project"];
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
    ProjectsController_summary: {
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
                    "application/json": components["schemas"]["ProjectFinancialSummary"];
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
    ProjectsController_draft: {
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
                "application/json": components["schemas"]["DraftSubGrantRequest"];
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
                    "application/json": components["schemas"]["SubGrant"];
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
    SubGrantsController_list: {
        parameters: {
            query?: {
                projectId?: string;
                /** @description region (P-code) of the project */
                region?: string;
                status?: "draft" | "submitted" | "approved" | "active" | "suspended" | "closed" | "terminated";
                recipientId?: string;
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
                    "application/json": components["schemas"]["SubGrantPage"];
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
    SubGrantsController_iati: {
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
                    "application/json": components["schemas"]["IatiTransactions"];
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
    SubGrantsController_get: {
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
                    "application/json": components["schemas"]["SubGrant"];
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
    SubGrantsController_summary: {
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
                    "application/json": components["schemas"]["SubGrantFinancialSummary"];
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
    SubGrantsController_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                transition: "submit" | "approve" | "activate" | "suspend" | "reactivate" | "close" | "terminate";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionRequest"];
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
                    "application/json": components["schemas"]["SubGrant"];
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
    SubGrantsController_planTranche: {
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
                "application/json": components["schemas"]["PlanTrancheRequest"];
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
                    "application/json": components["schemas"]["SubGrant"];
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
    SubGrantsController_obligations: {
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
                    "application/json": components["schemas"]["ObligationAsOfToday"][];
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
    SubGrantsController_setObligation: {
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
                "application/json": components["schemas"]["SetObligationRequest"];
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
                    "application/json": components["schemas"]["SubGrant"];
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
    SubGrantsController_submitReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                obligationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionedRequest"];
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
                    "application/json": components["schemas"]["SubGrant"];
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
    SubGrantsController_acceptReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                obligationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionedRequest"];
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
                    "application/json": components["schemas"]["SubGrant"];
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
    SubGrantsController_reportExpenditure: {
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
                "application/json": components["schemas"]["ReportExpenditureRequest"];
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
                    "application/json": components["schemas"]["SubGrant"];
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
    SubGrantsController_proposeAmendment: {
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
                "application/json": components["schemas"]["ProposeAmendmentRequest"];
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
                    "application/json": components["schemas"]["SubGrant"];
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
    SubGrantsController_approveAmendment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionedRequest"];
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
                    "application/json": components["schemas"]["SubGrant"];
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
    SubGrantsController_disburse: {
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
                "application/json": components["schemas"]["RecordDisbursementRequest"];
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
                    "application/json": components["schemas"]["SubGrant"];
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
    ReportingObligationsController_overdue: {
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
                    "application/json": components["schemas"]["OverdueObligation"][];
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
