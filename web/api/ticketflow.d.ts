export interface paths {
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's identity as the API sees their token */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My tickets, most recent activity first
         * @description Each request reads at most 100 tickets (one DynamoDB Query), however many there are. A filter applies to the tickets a request reads, so a filtered page may hold fewer than `limit`, even none, while `cursor` is not null: follow `cursor` until it is null. The cursor continues after the last ticket read, so paging never skips or repeats a ticket.
         */
        get: operations["listMyTickets"];
        put?: never;
        /** Open a ticket */
        post: operations["createTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my tickets with its public thread and timeline */
        get: operations["getMyTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{number}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply to my ticket (reopens a solved one) */
        post: operations["replyToMyTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{number}/solve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark my ticket solved */
        post: operations["solveMyTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{number}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen my solved ticket */
        post: operations["reopenMyTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{number}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close my solved ticket
         * @description A solved ticket, including a workflow outcome (Refund approved, KYC Declined, Withdrawal completed...), can be closed by its customer. A ticket still being worked on answers 409 `transition_not_allowed`; a closed one answers 409 `ticket_closed`.
         */
        post: operations["closeMyTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which emails I get */
        get: operations["getMyPreferences"];
        /** Choose which emails I get */
        put: operations["putMyPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agents' queue of one phase, by priority then age, or by the nearest due time
         * @description Agents only: the token must be in the agents group. Each request reads at most 100 tickets (one DynamoDB Query), however many there are. A filter applies to the tickets a request reads, so a filtered page may hold fewer than `limit`, even none, while `cursor` is not null: follow `cursor` until it is null. The cursor continues after the last ticket read, so paging never skips or repeats a ticket. `assignee` (`me`, `nobody` or an agent's sub) and `priority` are read by key, so their pages are full. With `order=due` the queue lists, overdue first, the tickets with a service-level target counting (each row's `nearestDueAt`).
         */
        get: operations["listQueue"];
        put?: never;
        /**
         * Open a ticket for a customer's email
         * @description Agents only: the token must be in the agents group. Support opens a case for the customer who wrote from `email`, with a first public message and an optional internal note. The ticket belongs to that address: whoever signs in with it, verified, finds it in their list, before or after they have an account. Refund, KYC and withdrawal tickets start their workflows as a customer's do.
         */
        post: operations["openTicketForCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/queue/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many tickets each phase of the agents' queue holds
         * @description Agents only: the token must be in the agents group. Counts the Open, Awaiting customer and Solved phases for everyone, one agent (`assignee`) or the unassigned, of one priority or all: the filters the queue reads by key. Each phase is counted up to `upTo` (1,000) tickets, so a count costs the same however large the queue grows; a phase with more answers `count` = `upTo` and `more` = true.
         */
        get: operations["countQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/tickets/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A ticket with internal notes and the full timeline
         * @description Agents only: the token must be in the agents group.
         */
        get: operations["getTicketAsAgent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change priority, assignee or report status
         * @description Agents only: the token must be in the agents group.
         */
        patch: operations["updateTicket"];
        trace?: never;
    };
    "/v1/agent/tickets/{number}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply to the customer, or leave an internal note
         * @description Agents only: the token must be in the agents group.
         */
        post: operations["replyAsAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/tickets/{number}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a ticket along its type's transitions
         * @description Agents only: the token must be in the agents group.
         */
        post: operations["changeStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ticket-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every ticket type with its statuses (code, label, meaning, phase) */
        get: operations["listTicketTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: operations["getOpenApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document, rendered for people (HTML) */
        get: operations["getApiDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{number}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel my withdrawal (until it is With Finance) */
        post: operations["cancelMyTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/tickets/{number}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer what the workflow waits for: approve or reject (compliance, escalation), complete with the reference or cancel (finance)
         * @description Agents only: the token must be in the agents group.
         */
        post: operations["decideTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/tickets/{number}/workflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ticket's workflow: execution status, current state, what it waits for, readable history
         * @description Agents only: the token must be in the agents group.
         */
        get: operations["getWorkflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to upload a file (then post it to S3, then attach it)
         * @description Declare the file (name, type, size: at most 10 MB; PNG, JPEG, WebP, GIF, PDF, plain text or logs, CSV, JSON) and get an upload id with a presigned POST. Post the file straight to `url` as multipart/form-data: every field of `fields`, then the file (as `file`) last; the policy fixes the key, the exact Content-Type and the size range, and expires at `usableUntil` (an hour). Then name `uploadId` in `attachments` of a new ticket, a reply or a note: the file is checked (its size, its type from its content) and attached, or refused with the reason. An upload nobody attaches expires.
         */
        post: operations["requestUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{number}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A link to download a file of my ticket
         * @description Only a file the malware scan found clean (`ready`) can be downloaded; any other state answers 409 `attachment_not_ready` with the reason. The link works for 5 minutes and saves the file under its name.
         */
        get: operations["downloadMyAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/tickets/{number}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A link to download a file of a ticket (internal notes’ included)
         * @description Agents only: the token must be in the agents group. As for the customer: only `ready` files, for 5 minutes.
         */
        get: operations["downloadAttachmentAsAgent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{number}/complaint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a complaint about my ticket
         * @description Marks the ticket as a complaint, received now, with your reason if you give one; you are sent an email saying it is registered. Where the platform answers to a regulator, `complaint.finalResponseBy` is the last day by which you will have its final response. Marking it again answers it as it is.
         */
        post: operations["markMyComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/tickets/{number}/complaint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a ticket as a complaint
         * @description Agents only: the token must be in the agents group. Received now, or at the earlier `receivedAt` given (regulators count from receipt). The deployment's rule (`fca`, `psd2` or `none`) gives its deadlines, each with its state; the customer is emailed that it is registered. Marking it again answers it as it is.
         */
        post: operations["markComplaintAsAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/reports/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The complaints received in a period, as CSV
         * @description Agents only: the token must be in the agents group. For the regulatory return: one row per complaint received from the start of `from` to the end of `to` (days in the deployment's time zone, at most a year), by receipt. Columns: number, type, received_at, rule, acknowledgement_due, acknowledgement_sent, final_response_due, final_response_sent, holding_reply_sent, extended, state (`open`, `resolved_within_deadline`, `late`: answered late or open past its deadline, `resolved`: under no rule). Due columns are days, sent columns instants.
         */
        get: operations["exportComplaints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{number}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer "Was this helpful?" for my solved ticket
         * @description Once each time the ticket is solved (a reopened ticket that is solved again is asked again); a ticket closed from a solve may still be rated. The comment is optional and redacted like every free text. 409 `ticket_not_solved` when it is not solved, `already_rated` when this solve was rated.
         */
        post: operations["rateMyTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/reports/satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satisfaction by ticket type, agent and week
         * @description Agents only: the token must be in the agents group. Counts of good and bad ratings and the share good, over the ratings given from `from` to `to` (whole days in UTC, both included, at most 366 days: a longer period is refused with 400), overall, by ticket type, by agent (the assignee when the rating was given; null for an unassigned ticket) and by ISO 8601 week. Read by month from an index of ratings, never by scanning tickets.
         */
        get: operations["getSatisfactionReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ratings/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The page a "Good" or "Bad" link of a solved ticket's email opens (HTML)
         * @description No token: the link's signed token authenticates it. Opening the page records nothing (mail scanners open links); its one button posts the rating, with an optional comment. A link that cannot be used answers a page saying why.
         */
        get: operations["showRatingPage"];
        put?: never;
        /**
         * Record the rating a link stands for, with an optional comment (the page's form; HTML)
         * @description Once per solve: a second use of either link of the same solve answers 409 "Already rated" and changes nothing.
         */
        post: operations["rateByLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/paddle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Paddle Billing webhook (Paddle-Signature checked; 401 when unsigned, forged or stale) */
        post: operations["paddleWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/coinpayments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** CoinPayments IPN (HMAC and merchant checked; 401 when unsigned or forged) */
        post: operations["coinpaymentsWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/j2tx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** J2TX review webhook (X-J2TX-Signature checked; 401 when unsigned, forged or stale) */
        post: operations["j2txWebhook"];
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
        CustomerTicket: {
            number: string;
            /** @enum {string} */
            type: "refund" | "kyc" | "withdrawal" | "account_restoration" | "account_deletion" | "bug_report" | "security" | "payments" | "api" | "account" | "general";
            subject: string;
            description: string;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "critical";
            /** @enum {string} */
            phase: "open" | "awaiting_reply" | "solved" | "closed";
            status: {
                code: string;
                label: string;
                meaning: string;
            };
            reportStatus: {
                /** @enum {string} */
                code: "awaiting_opening" | "report_in_progress" | "report_completed" | "no_report_required";
                label: string;
                meaning: string;
            } | null;
            details: {
                /** @enum {string} */
                provider: "paddle" | "coinpayments";
                transactionId: string;
                amount: string;
                currency: string;
                refundAddress?: string;
            } | {
                amount: string;
                currency: string;
                destination: string;
            } | {
                /** @enum {string} */
                kind: "verification" | "address_change";
                country: string;
                address?: string;
            } | Record<string, never>;
            requester: {
                name: string;
                email: string;
                phone?: string;
            };
            lastReply: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                by: "support";
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            satisfaction: components["schemas"]["TicketSatisfaction"];
            complaint?: components["schemas"]["CustomerComplaint"];
        };
        AgentTicket: {
            number: string;
            /** @enum {string} */
            type: "refund" | "kyc" | "withdrawal" | "account_restoration" | "account_deletion" | "bug_report" | "security" | "payments" | "api" | "account" | "general";
            subject: string;
            description: string;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "critical";
            /** @enum {string} */
            phase: "open" | "awaiting_reply" | "solved" | "closed";
            status: {
                code: string;
                label: string;
                meaning: string;
            };
            reportStatus: {
                /** @enum {string} */
                code: "awaiting_opening" | "report_in_progress" | "report_completed" | "no_report_required";
                label: string;
                meaning: string;
            } | null;
            details: {
                /** @enum {string} */
                provider: "paddle" | "coinpayments";
                transactionId: string;
                amount: string;
                currency: string;
                refundAddress?: string;
            } | {
                amount: string;
                currency: string;
                destination: string;
            } | {
                /** @enum {string} */
                kind: "verification" | "address_change";
                country: string;
                address?: string;
            } | Record<string, never>;
            requester: {
                name: string;
                email: string;
                phone?: string;
            };
            lastReply: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                by: "support";
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            satisfaction: components["schemas"]["TicketSatisfaction"];
            assignee: string | null;
            requesterId: string | null;
            customerLastWrote: string | null;
            serviceLevels: {
                /** @enum {string} */
                target: "firstReply" | "nextReply" | "resolution";
                /** @enum {string} */
                state: "running" | "paused" | "met" | "breached";
                /** Format: date-time */
                startedAt: string;
                dueAt: string | null;
                warningAt: string | null;
                warning: boolean;
                metAt: string | null;
                elapsedMs: number;
                remainingMs: number;
            }[];
            complaint?: components["schemas"]["AgentComplaint"];
        };
        CustomerTicketRow: {
            number: string;
            subject: string;
            /** @enum {string} */
            type: "refund" | "kyc" | "withdrawal" | "account_restoration" | "account_deletion" | "bug_report" | "security" | "payments" | "api" | "account" | "general";
            /** @enum {string} */
            phase: "open" | "awaiting_reply" | "solved" | "closed";
            status: {
                code: string;
                label: string;
            };
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "critical";
            lastReply: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                by: "support";
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AgentTicketRow: {
            number: string;
            subject: string;
            /** @enum {string} */
            type: "refund" | "kyc" | "withdrawal" | "account_restoration" | "account_deletion" | "bug_report" | "security" | "payments" | "api" | "account" | "general";
            /** @enum {string} */
            phase: "open" | "awaiting_reply" | "solved" | "closed";
            status: {
                code: string;
                label: string;
            };
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "critical";
            lastReply: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                by: "support";
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            assignee: string | null;
            customerLastWrote: string | null;
            nearestDueAt: string | null;
        };
        CustomerMessage: {
            id: string;
            body: string;
            internal: boolean;
            /** @enum {string} */
            from: "customer" | "support";
            /** Format: date-time */
            at: string;
            attachments: components["schemas"]["Attachment"][];
        };
        AgentMessage: {
            id: string;
            body: string;
            internal: boolean;
            /** @enum {string} */
            from: "customer" | "support";
            /** Format: date-time */
            at: string;
            attachments: components["schemas"]["Attachment"][];
            author: {
                /** @enum {string} */
                kind: "customer" | "agent" | "system" | "provider";
                id: string;
            };
        };
        CustomerEvent: {
            id: string;
            /** @enum {string} */
            kind: "created" | "status" | "priority" | "assignee" | "report_status" | "message" | "solved" | "reopened" | "attachment_removed" | "close_warning" | "reminder" | "service_level" | "complaint" | "complaint_response" | "complaint_deadline" | "rated";
            /** Format: date-time */
            at: string;
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
            actor: {
                /** @enum {string} */
                kind: "customer" | "support" | "system" | "provider";
            };
        };
        AgentEvent: {
            id: string;
            /** @enum {string} */
            kind: "created" | "status" | "priority" | "assignee" | "report_status" | "message" | "solved" | "reopened" | "attachment_removed" | "close_warning" | "reminder" | "service_level" | "complaint" | "complaint_response" | "complaint_deadline" | "rated";
            /** Format: date-time */
            at: string;
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
            actor: {
                /** @enum {string} */
                kind: "customer" | "agent" | "system" | "provider";
                id: string;
            };
            internal: boolean;
            note?: string;
        };
        TicketCreated: {
            ticket: components["schemas"]["CustomerTicket"];
            attachments: components["schemas"]["Attachment"][];
            redacted: ("card_number" | "card_security_code" | "card_expiry" | "recovery_phrase" | "aws_access_key" | "private_key" | "api_key" | "bearer_token" | "password")[];
        };
        CustomerTicketChanged: {
            ticket: components["schemas"]["CustomerTicket"];
        };
        CustomerReply: {
            ticket: components["schemas"]["CustomerTicket"];
            message: components["schemas"]["CustomerMessage"] | null;
            redacted: ("card_number" | "card_security_code" | "card_expiry" | "recovery_phrase" | "aws_access_key" | "private_key" | "api_key" | "bearer_token" | "password")[];
        };
        AgentTicketChanged: {
            ticket: components["schemas"]["AgentTicket"];
        };
        AgentReply: {
            ticket: components["schemas"]["AgentTicket"];
            message: components["schemas"]["AgentMessage"] | null;
            redacted: ("card_number" | "card_security_code" | "card_expiry" | "recovery_phrase" | "aws_access_key" | "private_key" | "api_key" | "bearer_token" | "password")[];
        };
        CustomerTicketDetail: {
            ticket: components["schemas"]["CustomerTicket"];
            attachments: components["schemas"]["Attachment"][];
            messages: components["schemas"]["CustomerMessage"][];
            timeline: components["schemas"]["CustomerEvent"][];
        };
        AgentTicketDetail: {
            ticket: components["schemas"]["AgentTicket"];
            attachments: components["schemas"]["Attachment"][];
            messages: components["schemas"]["AgentMessage"][];
            timeline: components["schemas"]["AgentEvent"][];
        };
        CustomerTicketPage: {
            tickets: components["schemas"]["CustomerTicketRow"][];
            cursor: string | null;
        };
        AgentTicketPage: {
            tickets: components["schemas"]["AgentTicketRow"][];
            cursor: string | null;
        };
        QueueCounts: {
            phases: {
                open: {
                    count: number;
                    more: boolean;
                };
                awaiting_reply: {
                    count: number;
                    more: boolean;
                };
                solved: {
                    count: number;
                    more: boolean;
                };
            };
            upTo: number;
        };
        Attachment: {
            id: string;
            name: string;
            size: number;
            /** @enum {string} */
            contentType: "image/png" | "image/jpeg" | "image/webp" | "image/gif" | "application/pdf" | "text/plain" | "text/csv" | "application/json";
            internal: boolean;
            /** @enum {string} */
            state: "checking" | "ready" | "removed" | "unavailable";
            reason: string | null;
        };
        UploadCreated: {
            uploadId: string;
            url: string;
            fields: {
                [key: string]: string;
            };
            /** Format: date-time */
            usableUntil: string;
            maxBytes: number;
        };
        AttachmentDownload: {
            url: string;
            /** Format: date-time */
            expiresAt: string;
            name: string;
            size: number;
            /** @enum {string} */
            contentType: "image/png" | "image/jpeg" | "image/webp" | "image/gif" | "application/pdf" | "text/plain" | "text/csv" | "application/json";
        };
        TicketSatisfaction: {
            ratable: boolean;
            rating: components["schemas"]["Rating"] | null;
        };
        Rating: {
            /** @enum {string} */
            score: "good" | "bad";
            comment: string | null;
            /** Format: date-time */
            at: string;
            /** Format: date-time */
            solvedAt: string;
        };
        SatisfactionReport: {
            period: {
                from: string;
                to: string;
            };
            overall: {
                good: number;
                bad: number;
                total: number;
                shareGood: number | null;
            };
            byType: {
                /** @enum {string} */
                type: "refund" | "kyc" | "withdrawal" | "account_restoration" | "account_deletion" | "bug_report" | "security" | "payments" | "api" | "account" | "general";
                good: number;
                bad: number;
                total: number;
                shareGood: number | null;
            }[];
            byAgent: {
                agent: string | null;
                good: number;
                bad: number;
                total: number;
                shareGood: number | null;
            }[];
            byWeek: {
                week: string;
                monday: string;
                good: number;
                bad: number;
                total: number;
                shareGood: number | null;
            }[];
        };
        Me: {
            sub: string;
            email: string;
            groups: string[];
        };
        Preferences: {
            preferences: {
                emailOnStatusChange: boolean;
                emailOnReply: boolean;
            };
        };
        TicketTypes: {
            types: {
                /** @enum {string} */
                type: "refund" | "kyc" | "withdrawal" | "account_restoration" | "account_deletion" | "bug_report" | "security" | "payments" | "api" | "account" | "general";
                /** @enum {string} */
                movedBy: "workflow" | "agents";
                statuses: {
                    code: string;
                    label: string;
                    meaning: string;
                    /** @enum {string} */
                    phase: "open" | "awaiting_reply" | "solved" | "closed";
                }[];
            }[];
            reportStatuses: {
                /** @enum {string} */
                code: "awaiting_opening" | "report_in_progress" | "report_completed" | "no_report_required";
                label: string;
                meaning: string;
            }[];
        };
        Workflow: {
            execution: {
                executionArn: string;
                name: string;
                /** @enum {string} */
                status: "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED" | "PENDING_REDRIVE";
                /** Format: date-time */
                startDate?: string;
                /** Format: date-time */
                stopDate?: string;
                error?: string;
                cause?: string;
            };
            currentState: string | null;
            waiting: {
                /** @enum {string} */
                kind: "provider" | "compliance" | "finance" | "customer" | "agent";
                decisions: ("approve" | "reject" | "complete" | "cancel")[];
                /** @enum {string} */
                provider?: "paddle" | "coinpayments" | "j2tx";
                step: string;
                /** Format: date-time */
                since: string;
            } | null;
            provider: {
                /** @enum {string} */
                name: "paddle" | "coinpayments" | "j2tx";
                reference: string;
            } | null;
            history: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                what: "started" | "entered" | "waiting" | "task failed" | "timed out" | "succeeded" | "failed" | "stopped";
                state?: string;
                error?: string;
            }[];
        };
        DecisionAccepted: {
            ticket: components["schemas"]["AgentTicket"];
            decision: {
                /** @enum {string} */
                decision: "approve" | "reject" | "complete" | "cancel";
                /** @enum {string} */
                waitingFor: "provider" | "compliance" | "finance" | "customer" | "agent";
            };
        };
        WebhookReceived: {
            /** @constant */
            received: true;
            /** @constant */
            duplicate?: true;
            /** @enum {string} */
            result?: "answered" | "progress" | "unknown_ticket" | "not_waiting";
        };
        CustomerComplaint: {
            /** Format: date-time */
            receivedAt: string;
            reason: string | null;
            finalResponseBy: string | null;
            finalResponseAt: string | null;
        };
        AgentComplaint: {
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            markedAt: string;
            /** @enum {string} */
            markedBy: "customer" | "agent";
            reason: string | null;
            /** @enum {string} */
            rule: "fca" | "psd2" | "none";
            deadlines: {
                acknowledgement: {
                    /** Format: date */
                    lastDay: string;
                    /** Format: date-time */
                    dueAt: string;
                    /** @enum {string} */
                    state: "running" | "met" | "breached";
                };
                holdingReply: {
                    /** Format: date */
                    lastDay: string;
                    /** Format: date-time */
                    dueAt: string;
                    /** @enum {string} */
                    state: "running" | "met" | "breached";
                } | null;
                finalResponse: {
                    /** Format: date */
                    lastDay: string;
                    /** Format: date-time */
                    dueAt: string;
                    /** @enum {string} */
                    state: "running" | "met" | "breached";
                };
                extended: boolean;
            } | null;
            responses: {
                acknowledgedAt: string | null;
                holdingReplyAt: string | null;
                finalResponseAt: string | null;
            };
            /** @enum {string} */
            outcome: "open" | "resolved_within_deadline" | "late" | "resolved";
        };
        CustomerComplaintMarked: {
            ticket: components["schemas"]["CustomerTicket"];
            redacted: ("card_number" | "card_security_code" | "card_expiry" | "recovery_phrase" | "aws_access_key" | "private_key" | "api_key" | "bearer_token" | "password")[];
        };
        AgentComplaintMarked: {
            ticket: components["schemas"]["AgentTicket"];
            redacted: ("card_number" | "card_security_code" | "card_expiry" | "recovery_phrase" | "aws_access_key" | "private_key" | "api_key" | "bearer_token" | "password")[];
        };
        OpenApiDocument: {
            openapi: string;
            info: {
                title: string;
                version: string;
            } & {
                [key: string]: unknown;
            };
            paths: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        Error: {
            error: {
                /** @enum {string} */
                code: "invalid_request" | "invalid_rating_link" | "unauthenticated" | "invalid_signature" | "forbidden" | "ticket_not_found" | "workflow_not_found" | "attachment_not_found" | "ticket_closed" | "transition_not_allowed" | "workflow_owns_status" | "workflow_not_waiting" | "conflict" | "upload_already_attached" | "attachment_not_ready" | "ticket_not_solved" | "already_rated" | "rating_link_outdated" | "rating_link_expired" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "invalid_change" | "attachment_refused" | "internal";
                message: string;
                fields: {
                    path: string;
                    message: string;
                }[];
            };
        };
        GatewayError: {
            message: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's identity as the API sees their token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sub": "3f1c2b7a-5d4e-4f60-9a8b-1c2d3e4f5a6b",
                     *       "email": "alice@example.com",
                     *       "groups": []
                     *     }
                     */
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    listMyTickets: {
        parameters: {
            query?: {
                /** @description Filters the items a request reads: a page may hold fewer than `limit`, even none, with a cursor to go on. */
                phase?: "open" | "awaiting_reply" | "solved" | "closed";
                /** @description Filters the items a request reads: a page may hold fewer than `limit`, even none, with a cursor to go on. */
                status?: string;
                /** @description Filters the items a request reads: a page may hold fewer than `limit`, even none, with a cursor to go on. */
                type?: "refund" | "kyc" | "withdrawal" | "account_restoration" | "account_deletion" | "bug_report" | "security" | "payments" | "api" | "account" | "general";
                /** @description The most tickets a page holds. */
                limit?: number;
                /** @description The `cursor` of the previous page; follow it until it is null. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My tickets, most recent activity first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tickets": [
                     *         {
                     *           "number": "10004217",
                     *           "subject": "Withdrawal still pending",
                     *           "type": "withdrawal",
                     *           "phase": "open",
                     *           "status": {
                     *             "code": "submitted",
                     *             "label": "Submitted"
                     *           },
                     *           "priority": "normal",
                     *           "lastReply": null,
                     *           "createdAt": "2026-11-02T09:14:07.512Z",
                     *           "updatedAt": "2026-11-02T09:14:07.512Z"
                     *         }
                     *       ],
                     *       "cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerTicketPage"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    createTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body for 24 hours */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "withdrawal",
                 *       "name": "Alice Example",
                 *       "subject": "Withdrawal still pending",
                 *       "description": "I withdrew 250 USDT on Monday and it has not arrived.",
                 *       "details": {
                 *         "amount": "250.00",
                 *         "currency": "USDT",
                 *         "destination": "TRC20 wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @constant */
                    type: "refund";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    details: {
                        /** @constant */
                        provider: "paddle";
                        transactionId: string;
                        amount: string;
                        currency: string;
                    } | {
                        /** @constant */
                        provider: "coinpayments";
                        transactionId: string;
                        amount: string;
                        currency: string;
                        refundAddress: string;
                    };
                } | {
                    /** @constant */
                    type: "withdrawal";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    details: {
                        amount: string;
                        currency: string;
                        destination: string;
                    };
                } | {
                    /** @constant */
                    type: "kyc";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    details: {
                        /** @constant */
                        kind: "verification";
                        country: string;
                        address?: string;
                    } | {
                        /** @constant */
                        kind: "address_change";
                        country: string;
                        address: string;
                    };
                } | {
                    /** @constant */
                    type: "account_restoration";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    /** @default {} */
                    details?: Record<string, never>;
                } | {
                    /** @constant */
                    type: "account_deletion";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    /** @default {} */
                    details?: Record<string, never>;
                } | {
                    /** @constant */
                    type: "bug_report";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    /** @default {} */
                    details?: Record<string, never>;
                } | {
                    /** @constant */
                    type: "security";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    /** @default {} */
                    details?: Record<string, never>;
                } | {
                    /** @constant */
                    type: "payments";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    /** @default {} */
                    details?: Record<string, never>;
                } | {
                    /** @constant */
                    type: "api";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    /** @default {} */
                    details?: Record<string, never>;
                } | {
                    /** @constant */
                    type: "account";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    /** @default {} */
                    details?: Record<string, never>;
                } | {
                    /** @constant */
                    type: "general";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    /** @default {} */
                    details?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description Open a ticket */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": {
                     *         "number": "10004217",
                     *         "type": "withdrawal",
                     *         "subject": "Withdrawal still pending",
                     *         "description": "I withdrew 250 USDT on Monday and it has not arrived.",
                     *         "priority": "normal",
                     *         "phase": "open",
                     *         "status": {
                     *           "code": "submitted",
                     *           "label": "Submitted",
                     *           "meaning": "Your request has been submitted"
                     *         },
                     *         "reportStatus": null,
                     *         "details": {
                     *           "amount": "250.00",
                     *           "currency": "USDT",
                     *           "destination": "TRC20 wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE"
                     *         },
                     *         "requester": {
                     *           "name": "Alice Example",
                     *           "email": "alice@example.com"
                     *         },
                     *         "lastReply": null,
                     *         "createdAt": "2026-11-02T09:14:07.512Z",
                     *         "updatedAt": "2026-11-02T09:14:07.512Z",
                     *         "version": 1,
                     *         "satisfaction": {
                     *           "ratable": false,
                     *           "rating": null
                     *         }
                     *       },
                     *       "attachments": [],
                     *       "redacted": []
                     *     }
                     */
                    "application/json": components["schemas"]["TicketCreated"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description An upload named is attached already. Codes: `upload_already_attached`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "upload_already_attached",
                     *         "message": "The upload 01JBX7P8M2K4H6G8F0D2C4B6A8 is already attached; upload the file again to attach it once more.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KB. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 64 KB.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The body is not JSON. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "Send the body as JSON, with Content-Type: application/json.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was used with another body. Or: An upload cannot be attached (unknown, expired, its file missing, too large, of another type than declared, or over the limits of a message or a ticket); the message names it. Codes: `idempotency_key_reused`, `attachment_refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "idempotency_key_reused",
                     *         "message": "This Idempotency-Key was used with another request.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    getMyTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ticket number: eight digits.
                 * @example 10004217
                 */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One of my tickets with its public thread and timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": {
                     *         "number": "10004217",
                     *         "type": "general",
                     *         "subject": "Payout delayed",
                     *         "description": "Since Monday.",
                     *         "priority": "normal",
                     *         "phase": "open",
                     *         "status": {
                     *           "code": "open",
                     *           "label": "Open",
                     *           "meaning": "The service or technical team is currently working on your request, and we will contact you as soon as we have a feedback. If you have an open ticket, it can be tracked in the Report Status field within the ticket view"
                     *         },
                     *         "reportStatus": null,
                     *         "details": {},
                     *         "requester": {
                     *           "name": "Alice Example",
                     *           "email": "alice@example.com"
                     *         },
                     *         "lastReply": null,
                     *         "createdAt": "2026-11-02T09:14:07.512Z",
                     *         "updatedAt": "2026-11-02T09:14:07.512Z",
                     *         "version": 1,
                     *         "satisfaction": {
                     *           "ratable": false,
                     *           "rating": null
                     *         }
                     *       },
                     *       "attachments": [],
                     *       "messages": [
                     *         {
                     *           "id": "01JBX7R9T1V3W5X7Y9Z1A3B5C7",
                     *           "body": "Which wallet did you withdraw to?",
                     *           "internal": false,
                     *           "from": "support",
                     *           "at": "2026-11-02T10:02:41.090Z",
                     *           "attachments": []
                     *         },
                     *         {
                     *           "id": "01JBX7Q2S4N8M3K5H6G7F8D9C0",
                     *           "body": "It is the wallet ending in LSE.",
                     *           "internal": false,
                     *           "from": "customer",
                     *           "at": "2026-11-02T10:02:41.090Z",
                     *           "attachments": [
                     *             {
                     *               "id": "01JBX7P8M2K4H6G8F0D2C4B6A8",
                     *               "name": "screenshot.png",
                     *               "size": 48213,
                     *               "contentType": "image/png",
                     *               "internal": false,
                     *               "state": "ready",
                     *               "reason": null
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "timeline": [
                     *         {
                     *           "id": "01JBX5A1B2C3D4E5F6G7H8J9K0",
                     *           "kind": "created",
                     *           "actor": {
                     *             "kind": "customer"
                     *           },
                     *           "at": "2026-11-02T09:14:07.512Z",
                     *           "before": null,
                     *           "after": {
                     *             "type": "general",
                     *             "status": "open",
                     *             "priority": "normal",
                     *             "openedBy": "customer"
                     *           }
                     *         },
                     *         {
                     *           "id": "01JBX6M1N2P3Q4R5S6T7V8W9X0",
                     *           "kind": "status",
                     *           "actor": {
                     *             "kind": "support"
                     *           },
                     *           "at": "2026-11-02T10:02:41.090Z",
                     *           "before": {
                     *             "status": "open"
                     *           },
                     *           "after": {
                     *             "status": "in_progress"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerTicketDetail"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description No such ticket, or not the caller's. Codes: `ticket_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_not_found",
                     *         "message": "There is no ticket 10004217.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    replyToMyTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body for 24 hours */
                "Idempotency-Key"?: string;
            };
            path: {
                /**
                 * @description The ticket number: eight digits.
                 * @example 10004217
                 */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "It is the wallet ending in LSE.",
                 *       "attachments": [
                 *         "01JBX7P8M2K4H6G8F0D2C4B6A8"
                 *       ]
                 *     }
                 */
                "application/json": {
                    body: string;
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                };
            };
        };
        responses: {
            /** @description Reply to my ticket (reopens a solved one) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": {
                     *         "number": "10004217",
                     *         "type": "general",
                     *         "subject": "Payout delayed",
                     *         "description": "Since Monday.",
                     *         "priority": "normal",
                     *         "phase": "open",
                     *         "status": {
                     *           "code": "open",
                     *           "label": "Open",
                     *           "meaning": "The service or technical team is currently working on your request, and we will contact you as soon as we have a feedback. If you have an open ticket, it can be tracked in the Report Status field within the ticket view"
                     *         },
                     *         "reportStatus": null,
                     *         "details": {},
                     *         "requester": {
                     *           "name": "Alice Example",
                     *           "email": "alice@example.com"
                     *         },
                     *         "lastReply": null,
                     *         "createdAt": "2026-11-02T09:14:07.512Z",
                     *         "updatedAt": "2026-11-02T09:14:07.512Z",
                     *         "version": 1,
                     *         "satisfaction": {
                     *           "ratable": false,
                     *           "rating": null
                     *         }
                     *       },
                     *       "message": {
                     *         "id": "01JBX7Q2S4N8M3K5H6G7F8D9C0",
                     *         "body": "It is the wallet ending in LSE.",
                     *         "internal": false,
                     *         "from": "customer",
                     *         "at": "2026-11-02T10:02:41.090Z",
                     *         "attachments": [
                     *           {
                     *             "id": "01JBX7P8M2K4H6G8F0D2C4B6A8",
                     *             "name": "screenshot.png",
                     *             "size": 48213,
                     *             "contentType": "image/png",
                     *             "internal": false,
                     *             "state": "checking",
                     *             "reason": "The file is being checked for malware."
                     *           }
                     *         ]
                     *       },
                     *       "redacted": []
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerReply"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description No such ticket, or not the caller's. Codes: `ticket_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_not_found",
                     *         "message": "There is no ticket 10004217.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed in the ticket's current state, or its workflow waits for something else; or an upload named is attached already. Codes: `ticket_closed`, `transition_not_allowed`, `workflow_owns_status`, `workflow_not_waiting`, `conflict`, `upload_already_attached`, `attachment_not_ready`, `ticket_not_solved`, `already_rated`, `rating_link_outdated`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_closed",
                     *         "message": "Ticket 10004217 is closed.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KB. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 64 KB.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The body is not JSON. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "Send the body as JSON, with Content-Type: application/json.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was used with another body. Or: An upload cannot be attached (unknown, expired, its file missing, too large, of another type than declared, or over the limits of a message or a ticket); the message names it. Codes: `idempotency_key_reused`, `attachment_refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "idempotency_key_reused",
                     *         "message": "This Idempotency-Key was used with another request.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    solveMyTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ticket number: eight digits.
                 * @example 10004217
                 */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mark my ticket solved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": {
                     *         "number": "10004217",
                     *         "type": "general",
                     *         "subject": "Payout delayed",
                     *         "description": "Since Monday.",
                     *         "priority": "normal",
                     *         "phase": "solved",
                     *         "status": {
                     *           "code": "resolved",
                     *           "label": "Resolved",
                     *           "meaning": "Your request has been reviewed and finalized by the support team. You can reopen it for a new contact."
                     *         },
                     *         "reportStatus": null,
                     *         "details": {},
                     *         "requester": {
                     *           "name": "Alice Example",
                     *           "email": "alice@example.com"
                     *         },
                     *         "lastReply": null,
                     *         "createdAt": "2026-11-02T09:14:07.512Z",
                     *         "updatedAt": "2026-11-02T09:14:07.512Z",
                     *         "version": 5,
                     *         "satisfaction": {
                     *           "ratable": false,
                     *           "rating": null
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerTicketChanged"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description No such ticket, or not the caller's. Codes: `ticket_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_not_found",
                     *         "message": "There is no ticket 10004217.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed in the ticket's current state, or its workflow waits for something else; or an upload named is attached already. Codes: `ticket_closed`, `transition_not_allowed`, `workflow_owns_status`, `workflow_not_waiting`, `conflict`, `upload_already_attached`, `attachment_not_ready`, `ticket_not_solved`, `already_rated`, `rating_link_outdated`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_closed",
                     *         "message": "Ticket 10004217 is closed.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    reopenMyTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ticket number: eight digits.
                 * @example 10004217
                 */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reopen my solved ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": {
                     *         "number": "10004217",
                     *         "type": "general",
                     *         "subject": "Payout delayed",
                     *         "description": "Since Monday.",
                     *         "priority": "normal",
                     *         "phase": "open",
                     *         "status": {
                     *           "code": "open",
                     *           "label": "Open",
                     *           "meaning": "The service or technical team is currently working on your request, and we will contact you as soon as we have a feedback. If you have an open ticket, it can be tracked in the Report Status field within the ticket view"
                     *         },
                     *         "reportStatus": null,
                     *         "details": {},
                     *         "requester": {
                     *           "name": "Alice Example",
                     *           "email": "alice@example.com"
                     *         },
                     *         "lastReply": null,
                     *         "createdAt": "2026-11-02T09:14:07.512Z",
                     *         "updatedAt": "2026-11-02T09:14:07.512Z",
                     *         "version": 6,
                     *         "satisfaction": {
                     *           "ratable": false,
                     *           "rating": null
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerTicketChanged"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description No such ticket, or not the caller's. Codes: `ticket_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_not_found",
                     *         "message": "There is no ticket 10004217.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed in the ticket's current state, or its workflow waits for something else; or an upload named is attached already. Codes: `ticket_closed`, `transition_not_allowed`, `workflow_owns_status`, `workflow_not_waiting`, `conflict`, `upload_already_attached`, `attachment_not_ready`, `ticket_not_solved`, `already_rated`, `rating_link_outdated`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_closed",
                     *         "message": "Ticket 10004217 is closed.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    closeMyTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ticket number: eight digits.
                 * @example 10004217
                 */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Close my solved ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": {
                     *         "number": "10004217",
                     *         "type": "general",
                     *         "subject": "Payout delayed",
                     *         "description": "Since Monday.",
                     *         "priority": "normal",
                     *         "phase": "closed",
                     *         "status": {
                     *           "code": "closed",
                     *           "label": "Closed",
                     *           "meaning": "This ticket is closed. If you need more help, please open a new ticket."
                     *         },
                     *         "reportStatus": null,
                     *         "details": {},
                     *         "requester": {
                     *           "name": "Alice Example",
                     *           "email": "alice@example.com"
                     *         },
                     *         "lastReply": null,
                     *         "createdAt": "2026-11-02T09:14:07.512Z",
                     *         "updatedAt": "2026-11-02T09:14:07.512Z",
                     *         "version": 6,
                     *         "satisfaction": {
                     *           "ratable": false,
                     *           "rating": null
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerTicketChanged"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description No such ticket, or not the caller's. Codes: `ticket_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_not_found",
                     *         "message": "There is no ticket 10004217.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed in the ticket's current state, or its workflow waits for something else; or an upload named is attached already. Codes: `ticket_closed`, `transition_not_allowed`, `workflow_owns_status`, `workflow_not_waiting`, `conflict`, `upload_already_attached`, `attachment_not_ready`, `ticket_not_solved`, `already_rated`, `rating_link_outdated`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_closed",
                     *         "message": "Ticket 10004217 is closed.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    getMyPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Which emails I get */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "preferences": {
                     *         "emailOnStatusChange": true,
                     *         "emailOnReply": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Preferences"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    putMyPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "emailOnStatusChange": true,
                 *       "emailOnReply": false
                 *     }
                 */
                "application/json": {
                    emailOnStatusChange: boolean;
                    emailOnReply: boolean;
                };
            };
        };
        responses: {
            /** @description Choose which emails I get */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "preferences": {
                     *         "emailOnStatusChange": true,
                     *         "emailOnReply": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Preferences"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The body is over 64 KB. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 64 KB.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The body is not JSON. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "Send the body as JSON, with Content-Type: application/json.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    listQueue: {
        parameters: {
            query?: {
                phase?: "open" | "awaiting_reply" | "solved";
                /** @description Filters the items a request reads: a page may hold fewer than `limit`, even none, with a cursor to go on. */
                status?: string;
                /** @description Filters the items a request reads: a page may hold fewer than `limit`, even none, with a cursor to go on. */
                type?: "refund" | "kyc" | "withdrawal" | "account_restoration" | "account_deletion" | "bug_report" | "security" | "payments" | "api" | "account" | "general";
                /** @description Read by key: pages are full. */
                priority?: "low" | "normal" | "high" | "critical";
                /** @description `me` for the caller's own tickets, `nobody` for the unassigned, or an agent's sub. Read by key: pages are full. */
                assignee?: string;
                /** @description `priority`: by priority, then oldest first. `due`: by the nearest service-level due time, overdue first, listing only the tickets with a target counting (not paused, not met); there `priority` and `assignee` filter what is read, so pages may be short. */
                order?: "priority" | "due";
                /** @description The most tickets a page holds. */
                limit?: number;
                /** @description The `cursor` of the previous page; follow it until it is null. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agents' queue of one phase, by priority then age, or by the nearest due time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tickets": [
                     *         {
                     *           "number": "10004217",
                     *           "subject": "Payout delayed",
                     *           "type": "general",
                     *           "phase": "open",
                     *           "status": {
                     *             "code": "submitted",
                     *             "label": "Submitted"
                     *           },
                     *           "priority": "high",
                     *           "lastReply": null,
                     *           "createdAt": "2026-11-02T09:14:07.512Z",
                     *           "updatedAt": "2026-11-02T09:14:07.512Z",
                     *           "assignee": "9b8a7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d",
                     *           "customerLastWrote": null,
                     *           "nearestDueAt": "2026-11-04T09:14:07.512Z"
                     *         }
                     *       ],
                     *       "cursor": "eyJwayI6IlFVRVVFI29wZW4iLCJzayI6IjIjMjAyNi0xMS0wMlQwOToxNDowNy41MTJaIzEwMDA0MjE3In0"
                     *     }
                     */
                    "application/json": components["schemas"]["AgentTicketPage"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The caller is not in the agents group. Codes: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Only support agents may use this route.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    openTicketForCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body for 24 hours */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "account_restoration",
                 *       "email": "alice@pay.example",
                 *       "name": "Alice Example",
                 *       "subject": "Restoring access to your account",
                 *       "description": "Alice wrote to support@ that she lost her 2FA device.",
                 *       "message": "We have opened this case to restore your access; we will keep you updated here.",
                 *       "note": "Identity confirmed by phone."
                 *     }
                 */
                "application/json": {
                    /** @constant */
                    type: "refund";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    email: string;
                    message: string;
                    note?: string;
                    details: {
                        /** @constant */
                        provider: "paddle";
                        transactionId: string;
                        amount: string;
                        currency: string;
                    } | {
                        /** @constant */
                        provider: "coinpayments";
                        transactionId: string;
                        amount: string;
                        currency: string;
                        refundAddress: string;
                    };
                } | {
                    /** @constant */
                    type: "withdrawal";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    email: string;
                    message: string;
                    note?: string;
                    details: {
                        amount: string;
                        currency: string;
                        destination: string;
                    };
                } | {
                    /** @constant */
                    type: "kyc";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    email: string;
                    message: string;
                    note?: string;
                    details: {
                        /** @constant */
                        kind: "verification";
                        country: string;
                        address?: string;
                    } | {
                        /** @constant */
                        kind: "address_change";
                        country: string;
                        address: string;
                    };
                } | {
                    /** @constant */
                    type: "account_restoration";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    email: string;
                    message: string;
                    note?: string;
                    /** @default {} */
                    details?: Record<string, never>;
                } | {
                    /** @constant */
                    type: "account_deletion";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    email: string;
                    message: string;
                    note?: string;
                    /** @default {} */
                    details?: Record<string, never>;
                } | {
                    /** @constant */
                    type: "bug_report";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    email: string;
                    message: string;
                    note?: string;
                    /** @default {} */
                    details?: Record<string, never>;
                } | {
                    /** @constant */
                    type: "security";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    email: string;
                    message: string;
                    note?: string;
                    /** @default {} */
                    details?: Record<string, never>;
                } | {
                    /** @constant */
                    type: "payments";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    email: string;
                    message: string;
                    note?: string;
                    /** @default {} */
                    details?: Record<string, never>;
                } | {
                    /** @constant */
                    type: "api";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    email: string;
                    message: string;
                    note?: string;
                    /** @default {} */
                    details?: Record<string, never>;
                } | {
                    /** @constant */
                    type: "account";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    email: string;
                    message: string;
                    note?: string;
                    /** @default {} */
                    details?: Record<string, never>;
                } | {
                    /** @constant */
                    type: "general";
                    name: string;
                    phone?: string;
                    subject: string;
                    description: string;
                    /**
                     * @description A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    email: string;
                    message: string;
                    note?: string;
                    /** @default {} */
                    details?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description Open a ticket for a customer's email */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": {
                     *         "number": "10004217",
                     *         "type": "general",
                     *         "subject": "Payout delayed",
                     *         "description": "Since Monday.",
                     *         "priority": "high",
                     *         "phase": "open",
                     *         "status": {
                     *           "code": "in_progress",
                     *           "label": "In Progress",
                     *           "meaning": "Your request is being processed"
                     *         },
                     *         "reportStatus": {
                     *           "code": "awaiting_opening",
                     *           "label": "Awaiting opening",
                     *           "meaning": "Our customer service team has already received your request and is analyzing the existing information to forward it to the responsible team"
                     *         },
                     *         "details": {},
                     *         "requester": {
                     *           "name": "Alice Example",
                     *           "email": "alice@example.com"
                     *         },
                     *         "lastReply": {
                     *           "at": "2026-11-02T10:02:41.090Z",
                     *           "by": "support"
                     *         },
                     *         "createdAt": "2026-11-02T09:14:07.512Z",
                     *         "updatedAt": "2026-11-02T10:02:41.090Z",
                     *         "version": 4,
                     *         "satisfaction": {
                     *           "ratable": false,
                     *           "rating": null
                     *         },
                     *         "assignee": "9b8a7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d",
                     *         "requesterId": "3f1c2b7a-5d4e-4f60-9a8b-1c2d3e4f5a6b",
                     *         "customerLastWrote": "2026-11-02T10:02:41.090Z",
                     *         "serviceLevels": [
                     *           {
                     *             "target": "firstReply",
                     *             "state": "met",
                     *             "startedAt": "2026-11-02T09:14:07.512Z",
                     *             "dueAt": "2026-11-02T11:14:07.512Z",
                     *             "warningAt": "2026-11-02T10:44:07.512Z",
                     *             "warning": false,
                     *             "metAt": "2026-11-02T10:02:41.090Z",
                     *             "elapsedMs": 2913578,
                     *             "remainingMs": 4286422
                     *           },
                     *           {
                     *             "target": "resolution",
                     *             "state": "running",
                     *             "startedAt": "2026-11-02T09:14:07.512Z",
                     *             "dueAt": "2026-11-04T09:14:07.512Z",
                     *             "warningAt": "2026-11-03T13:14:07.512Z",
                     *             "warning": false,
                     *             "metAt": null,
                     *             "elapsedMs": 2913578,
                     *             "remainingMs": 54686422
                     *           }
                     *         ]
                     *       },
                     *       "attachments": [],
                     *       "redacted": []
                     *     }
                     */
                    "application/json": {
                        ticket: {
                            number: string;
                            /** @enum {string} */
                            type: "refund" | "kyc" | "withdrawal" | "account_restoration" | "account_deletion" | "bug_report" | "security" | "payments" | "api" | "account" | "general";
                            subject: string;
                            description: string;
                            /** @enum {string} */
                            priority: "low" | "normal" | "high" | "critical";
                            /** @enum {string} */
                            phase: "open" | "awaiting_reply" | "solved" | "closed";
                            status: {
                                code: string;
                                label: string;
                                meaning: string;
                            };
                            reportStatus: {
                                /** @enum {string} */
                                code: "awaiting_opening" | "report_in_progress" | "report_completed" | "no_report_required";
                                label: string;
                                meaning: string;
                            } | null;
                            details: {
                                /** @enum {string} */
                                provider: "paddle" | "coinpayments";
                                transactionId: string;
                                amount: string;
                                currency: string;
                                refundAddress?: string;
                            } | {
                                amount: string;
                                currency: string;
                                destination: string;
                            } | {
                                /** @enum {string} */
                                kind: "verification" | "address_change";
                                country: string;
                                address?: string;
                            } | Record<string, never>;
                            requester: {
                                name: string;
                                email: string;
                                phone?: string;
                            };
                            lastReply: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                by: "support";
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            satisfaction: {
                                ratable: boolean;
                                rating: {
                                    /** @enum {string} */
                                    score: "good" | "bad";
                                    comment: string | null;
                                    /** Format: date-time */
                                    at: string;
                                    /** Format: date-time */
                                    solvedAt: string;
                                } | null;
                            };
                            assignee: string | null;
                            requesterId: string | null;
                            customerLastWrote: string | null;
                            serviceLevels: {
                                /** @enum {string} */
                                target: "firstReply" | "nextReply" | "resolution";
                                /** @enum {string} */
                                state: "running" | "paused" | "met" | "breached";
                                /** Format: date-time */
                                startedAt: string;
                                dueAt: string | null;
                                warningAt: string | null;
                                warning: boolean;
                                metAt: string | null;
                                elapsedMs: number;
                                remainingMs: number;
                            }[];
                            complaint?: {
                                /** Format: date-time */
                                receivedAt: string;
                                /** Format: date-time */
                                markedAt: string;
                                /** @enum {string} */
                                markedBy: "customer" | "agent";
                                reason: string | null;
                                /** @enum {string} */
                                rule: "fca" | "psd2" | "none";
                                deadlines: {
                                    acknowledgement: {
                                        /** Format: date */
                                        lastDay: string;
                                        /** Format: date-time */
                                        dueAt: string;
                                        /** @enum {string} */
                                        state: "running" | "met" | "breached";
                                    };
                                    holdingReply: {
                                        /** Format: date */
                                        lastDay: string;
                                        /** Format: date-time */
                                        dueAt: string;
                                        /** @enum {string} */
                                        state: "running" | "met" | "breached";
                                    } | null;
                                    finalResponse: {
                                        /** Format: date */
                                        lastDay: string;
                                        /** Format: date-time */
                                        dueAt: string;
                                        /** @enum {string} */
                                        state: "running" | "met" | "breached";
                                    };
                                    extended: boolean;
                                } | null;
                                responses: {
                                    acknowledgedAt: string | null;
                                    holdingReplyAt: string | null;
                                    finalResponseAt: string | null;
                                };
                                /** @enum {string} */
                                outcome: "open" | "resolved_within_deadline" | "late" | "resolved";
                            };
                        };
                        attachments: {
                            id: string;
                            name: string;
                            size: number;
                            /** @enum {string} */
                            contentType: "image/png" | "image/jpeg" | "image/webp" | "image/gif" | "application/pdf" | "text/plain" | "text/csv" | "application/json";
                            internal: boolean;
                            /** @enum {string} */
                            state: "checking" | "ready" | "removed" | "unavailable";
                            reason: string | null;
                        }[];
                        redacted: ("card_number" | "card_security_code" | "card_expiry" | "recovery_phrase" | "aws_access_key" | "private_key" | "api_key" | "bearer_token" | "password")[];
                    };
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The caller is not in the agents group. Codes: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Only support agents may use this route.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An upload named is attached already. Codes: `upload_already_attached`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "upload_already_attached",
                     *         "message": "The upload 01JBX7P8M2K4H6G8F0D2C4B6A8 is already attached; upload the file again to attach it once more.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KB. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 64 KB.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The body is not JSON. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "Send the body as JSON, with Content-Type: application/json.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was used with another body. Or: An upload cannot be attached (unknown, expired, its file missing, too large, of another type than declared, or over the limits of a message or a ticket); the message names it. Codes: `idempotency_key_reused`, `attachment_refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "idempotency_key_reused",
                     *         "message": "This Idempotency-Key was used with another request.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    countQueue: {
        parameters: {
            query?: {
                /** @description Counts only the tickets of this priority. */
                priority?: "low" | "normal" | "high" | "critical";
                /** @description `me` for the caller's own tickets, `nobody` for the unassigned, or an agent's sub; absent for everyone's. */
                assignee?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many tickets each phase of the agents' queue holds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "phases": {
                     *         "open": {
                     *           "count": 12,
                     *           "more": false
                     *         },
                     *         "awaiting_reply": {
                     *           "count": 3,
                     *           "more": false
                     *         },
                     *         "solved": {
                     *           "count": 41,
                     *           "more": false
                     *         }
                     *       },
                     *       "upTo": 1000
                     *     }
                     */
                    "application/json": components["schemas"]["QueueCounts"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The caller is not in the agents group. Codes: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Only support agents may use this route.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    getTicketAsAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ticket number: eight digits.
                 * @example 10004217
                 */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A ticket with internal notes and the full timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": {
                     *         "number": "10004217",
                     *         "type": "general",
                     *         "subject": "Payout delayed",
                     *         "description": "Since Monday.",
                     *         "priority": "high",
                     *         "phase": "open",
                     *         "status": {
                     *           "code": "in_progress",
                     *           "label": "In Progress",
                     *           "meaning": "Your request is being processed"
                     *         },
                     *         "reportStatus": {
                     *           "code": "awaiting_opening",
                     *           "label": "Awaiting opening",
                     *           "meaning": "Our customer service team has already received your request and is analyzing the existing information to forward it to the responsible team"
                     *         },
                     *         "details": {},
                     *         "requester": {
                     *           "name": "Alice Example",
                     *           "email": "alice@example.com"
                     *         },
                     *         "lastReply": {
                     *           "at": "2026-11-02T10:02:41.090Z",
                     *           "by": "support"
                     *         },
                     *         "createdAt": "2026-11-02T09:14:07.512Z",
                     *         "updatedAt": "2026-11-02T10:02:41.090Z",
                     *         "version": 4,
                     *         "satisfaction": {
                     *           "ratable": false,
                     *           "rating": null
                     *         },
                     *         "assignee": "9b8a7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d",
                     *         "requesterId": "3f1c2b7a-5d4e-4f60-9a8b-1c2d3e4f5a6b",
                     *         "customerLastWrote": "2026-11-02T10:02:41.090Z",
                     *         "serviceLevels": [
                     *           {
                     *             "target": "firstReply",
                     *             "state": "met",
                     *             "startedAt": "2026-11-02T09:14:07.512Z",
                     *             "dueAt": "2026-11-02T11:14:07.512Z",
                     *             "warningAt": "2026-11-02T10:44:07.512Z",
                     *             "warning": false,
                     *             "metAt": "2026-11-02T10:02:41.090Z",
                     *             "elapsedMs": 2913578,
                     *             "remainingMs": 4286422
                     *           },
                     *           {
                     *             "target": "resolution",
                     *             "state": "running",
                     *             "startedAt": "2026-11-02T09:14:07.512Z",
                     *             "dueAt": "2026-11-04T09:14:07.512Z",
                     *             "warningAt": "2026-11-03T13:14:07.512Z",
                     *             "warning": false,
                     *             "metAt": null,
                     *             "elapsedMs": 2913578,
                     *             "remainingMs": 54686422
                     *           }
                     *         ]
                     *       },
                     *       "attachments": [],
                     *       "messages": [
                     *         {
                     *           "id": "01JBX7R9T1V3W5X7Y9Z1A3B5C7",
                     *           "body": "Which wallet did you withdraw to?",
                     *           "internal": false,
                     *           "from": "support",
                     *           "author": {
                     *             "kind": "agent",
                     *             "id": "9b8a7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d"
                     *           },
                     *           "at": "2026-11-02T10:02:41.090Z",
                     *           "attachments": []
                     *         },
                     *         {
                     *           "id": "01JBX7S2T4V6W8X0Y2Z4A6B8C0",
                     *           "body": "Finance confirms the payout left on Tuesday.",
                     *           "internal": true,
                     *           "from": "support",
                     *           "author": {
                     *             "kind": "agent",
                     *             "id": "9b8a7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d"
                     *           },
                     *           "at": "2026-11-02T10:02:41.090Z",
                     *           "attachments": []
                     *         }
                     *       ],
                     *       "timeline": [
                     *         {
                     *           "id": "01JBX5A1B2C3D4E5F6G7H8J9K0",
                     *           "kind": "created",
                     *           "actor": {
                     *             "kind": "customer",
                     *             "id": "3f1c2b7a-5d4e-4f60-9a8b-1c2d3e4f5a6b"
                     *           },
                     *           "at": "2026-11-02T09:14:07.512Z",
                     *           "before": null,
                     *           "after": {
                     *             "type": "general",
                     *             "status": "open",
                     *             "priority": "normal",
                     *             "openedBy": "customer"
                     *           },
                     *           "internal": false
                     *         },
                     *         {
                     *           "id": "01JBX6G1H2J3K4M5N6P7Q8R9S0",
                     *           "kind": "assignee",
                     *           "actor": {
                     *             "kind": "agent",
                     *             "id": "9b8a7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d"
                     *           },
                     *           "at": "2026-11-02T10:02:41.090Z",
                     *           "before": {
                     *             "assignee": null
                     *           },
                     *           "after": {
                     *             "assignee": "9b8a7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d"
                     *           },
                     *           "internal": true
                     *         },
                     *         {
                     *           "id": "01JBX6M1N2P3Q4R5S6T7V8W9X0",
                     *           "kind": "status",
                     *           "actor": {
                     *             "kind": "agent",
                     *             "id": "9b8a7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d"
                     *           },
                     *           "at": "2026-11-02T10:02:41.090Z",
                     *           "before": {
                     *             "status": "open"
                     *           },
                     *           "after": {
                     *             "status": "in_progress"
                     *           },
                     *           "internal": false,
                     *           "note": "Checking the payout with finance."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AgentTicketDetail"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The caller is not in the agents group. Codes: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Only support agents may use this route.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such ticket, or not the caller's. Codes: `ticket_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_not_found",
                     *         "message": "There is no ticket 10004217.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    updateTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ticket number: eight digits.
                 * @example 10004217
                 */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "priority": "high",
                 *       "assignee": "9b8a7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d",
                 *       "reportStatus": "awaiting_opening"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description A security ticket cannot go below high (422 invalid_change).
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "critical";
                    assignee?: string | null;
                    reportStatus?: ("awaiting_opening" | "report_in_progress" | "report_completed" | "no_report_required") | null;
                };
            };
        };
        responses: {
            /** @description Change priority, assignee or report status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": {
                     *         "number": "10004217",
                     *         "type": "general",
                     *         "subject": "Payout delayed",
                     *         "description": "Since Monday.",
                     *         "priority": "high",
                     *         "phase": "open",
                     *         "status": {
                     *           "code": "in_progress",
                     *           "label": "In Progress",
                     *           "meaning": "Your request is being processed"
                     *         },
                     *         "reportStatus": {
                     *           "code": "awaiting_opening",
                     *           "label": "Awaiting opening",
                     *           "meaning": "Our customer service team has already received your request and is analyzing the existing information to forward it to the responsible team"
                     *         },
                     *         "details": {},
                     *         "requester": {
                     *           "name": "Alice Example",
                     *           "email": "alice@example.com"
                     *         },
                     *         "lastReply": {
                     *           "at": "2026-11-02T10:02:41.090Z",
                     *           "by": "support"
                     *         },
                     *         "createdAt": "2026-11-02T09:14:07.512Z",
                     *         "updatedAt": "2026-11-02T10:02:41.090Z",
                     *         "version": 4,
                     *         "satisfaction": {
                     *           "ratable": false,
                     *           "rating": null
                     *         },
                     *         "assignee": "9b8a7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d",
                     *         "requesterId": "3f1c2b7a-5d4e-4f60-9a8b-1c2d3e4f5a6b",
                     *         "customerLastWrote": "2026-11-02T10:02:41.090Z",
                     *         "serviceLevels": [
                     *           {
                     *             "target": "firstReply",
                     *             "state": "met",
                     *             "startedAt": "2026-11-02T09:14:07.512Z",
                     *             "dueAt": "2026-11-02T11:14:07.512Z",
                     *             "warningAt": "2026-11-02T10:44:07.512Z",
                     *             "warning": false,
                     *             "metAt": "2026-11-02T10:02:41.090Z",
                     *             "elapsedMs": 2913578,
                     *             "remainingMs": 4286422
                     *           },
                     *           {
                     *             "target": "resolution",
                     *             "state": "running",
                     *             "startedAt": "2026-11-02T09:14:07.512Z",
                     *             "dueAt": "2026-11-04T09:14:07.512Z",
                     *             "warningAt": "2026-11-03T13:14:07.512Z",
                     *             "warning": false,
                     *             "metAt": null,
                     *             "elapsedMs": 2913578,
                     *             "remainingMs": 54686422
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AgentTicketChanged"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The caller is not in the agents group. Codes: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Only support agents may use this route.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such ticket, or not the caller's. Codes: `ticket_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_not_found",
                     *         "message": "There is no ticket 10004217.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed in the ticket's current state, or its workflow waits for something else; or an upload named is attached already. Codes: `ticket_closed`, `transition_not_allowed`, `workflow_owns_status`, `workflow_not_waiting`, `conflict`, `upload_already_attached`, `attachment_not_ready`, `ticket_not_solved`, `already_rated`, `rating_link_outdated`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_closed",
                     *         "message": "Ticket 10004217 is closed.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KB. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 64 KB.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The body is not JSON. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "Send the body as JSON, with Content-Type: application/json.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A priority below its type’s floor (a security ticket below high). Codes: `invalid_change`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_change",
                     *         "message": "This change cannot be made to this ticket.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    replyAsAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body for 24 hours */
                "Idempotency-Key"?: string;
            };
            path: {
                /**
                 * @description The ticket number: eight digits.
                 * @example 10004217
                 */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "Which wallet did you withdraw to?",
                 *       "awaitReply": true
                 *     }
                 */
                "application/json": {
                    body: string;
                    /** @default false */
                    internal?: boolean;
                    /** @default false */
                    awaitReply?: boolean;
                    /** @description Upload ids (POST /v1/uploads) whose files go with this message: at most 10, each attached once, 50 MB a ticket in all. Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached. */
                    attachments?: string[];
                    /**
                     * @description What this public reply is for the ticket’s complaint: its `acknowledgement`, a `holding` reply (PSD2 only: sent within 15 business days it extends the final response’s deadline to 35) or its `final` response, which meets the deadline or is late. The first of each kind is recorded; 422 `invalid_change` naming `complaintResponse` when the ticket is not a complaint, the reply is an internal note, or a holding reply is given under another rule or after the final response.
                     * @enum {string}
                     */
                    complaintResponse?: "acknowledgement" | "holding" | "final";
                };
            };
        };
        responses: {
            /** @description Reply to the customer, or leave an internal note */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": {
                     *         "number": "10004217",
                     *         "type": "general",
                     *         "subject": "Payout delayed",
                     *         "description": "Since Monday.",
                     *         "priority": "high",
                     *         "phase": "awaiting_reply",
                     *         "status": {
                     *           "code": "awaiting_your_reply",
                     *           "label": "Awaiting Your Reply",
                     *           "meaning": "Your request has been reviewed but is pending further information to proceed. In these cases, it is necessary to verify the information requested by the service team, providing as much detail as possible"
                     *         },
                     *         "reportStatus": {
                     *           "code": "awaiting_opening",
                     *           "label": "Awaiting opening",
                     *           "meaning": "Our customer service team has already received your request and is analyzing the existing information to forward it to the responsible team"
                     *         },
                     *         "details": {},
                     *         "requester": {
                     *           "name": "Alice Example",
                     *           "email": "alice@example.com"
                     *         },
                     *         "lastReply": {
                     *           "at": "2026-11-02T10:02:41.090Z",
                     *           "by": "support"
                     *         },
                     *         "createdAt": "2026-11-02T09:14:07.512Z",
                     *         "updatedAt": "2026-11-02T10:02:41.090Z",
                     *         "version": 4,
                     *         "satisfaction": {
                     *           "ratable": false,
                     *           "rating": null
                     *         },
                     *         "assignee": "9b8a7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d",
                     *         "requesterId": "3f1c2b7a-5d4e-4f60-9a8b-1c2d3e4f5a6b",
                     *         "customerLastWrote": "2026-11-02T10:02:41.090Z",
                     *         "serviceLevels": [
                     *           {
                     *             "target": "firstReply",
                     *             "state": "met",
                     *             "startedAt": "2026-11-02T09:14:07.512Z",
                     *             "dueAt": "2026-11-02T11:14:07.512Z",
                     *             "warningAt": "2026-11-02T10:44:07.512Z",
                     *             "warning": false,
                     *             "metAt": "2026-11-02T10:02:41.090Z",
                     *             "elapsedMs": 2913578,
                     *             "remainingMs": 4286422
                     *           },
                     *           {
                     *             "target": "resolution",
                     *             "state": "running",
                     *             "startedAt": "2026-11-02T09:14:07.512Z",
                     *             "dueAt": "2026-11-04T09:14:07.512Z",
                     *             "warningAt": "2026-11-03T13:14:07.512Z",
                     *             "warning": false,
                     *             "metAt": null,
                     *             "elapsedMs": 2913578,
                     *             "remainingMs": 54686422
                     *           }
                     *         ]
                     *       },
                     *       "message": {
                     *         "id": "01JBX7R9T1V3W5X7Y9Z1A3B5C7",
                     *         "body": "Which wallet did you withdraw to?",
                     *         "internal": false,
                     *         "from": "support",
                     *         "author": {
                     *           "kind": "agent",
                     *           "id": "9b8a7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d"
                     *         },
                     *         "at": "2026-11-02T10:02:41.090Z",
                     *         "attachments": []
                     *       },
                     *       "redacted": []
                     *     }
                     */
                    "application/json": components["schemas"]["AgentReply"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The caller is not in the agents group. Codes: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Only support agents may use this route.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such ticket, or not the caller's. Codes: `ticket_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_not_found",
                     *         "message": "There is no ticket 10004217.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed in the ticket's current state, or its workflow waits for something else; or an upload named is attached already. Codes: `ticket_closed`, `transition_not_allowed`, `workflow_owns_status`, `workflow_not_waiting`, `conflict`, `upload_already_attached`, `attachment_not_ready`, `ticket_not_solved`, `already_rated`, `rating_link_outdated`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_closed",
                     *         "message": "Ticket 10004217 is closed.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KB. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 64 KB.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The body is not JSON. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "Send the body as JSON, with Content-Type: application/json.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was used with another body. Or: awaitReply on a type that never awaits the customer, or on an internal note; complaintResponse on a ticket that is no complaint, on an internal note, or `holding` under a rule other than PSD2 or after the final response. Or: An upload cannot be attached (unknown, expired, its file missing, too large, of another type than declared, or over the limits of a message or a ticket); the message names it. Codes: `idempotency_key_reused`, `invalid_change`, `attachment_refused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "idempotency_key_reused",
                     *         "message": "This Idempotency-Key was used with another request.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    changeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ticket number: eight digits.
                 * @example 10004217
                 */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "in_progress",
                 *       "note": "Checking the payout with finance."
                 *     }
                 */
                "application/json": {
                    status: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Move a ticket along its type's transitions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": {
                     *         "number": "10004217",
                     *         "type": "general",
                     *         "subject": "Payout delayed",
                     *         "description": "Since Monday.",
                     *         "priority": "high",
                     *         "phase": "open",
                     *         "status": {
                     *           "code": "in_progress",
                     *           "label": "In Progress",
                     *           "meaning": "Your request is being processed"
                     *         },
                     *         "reportStatus": {
                     *           "code": "awaiting_opening",
                     *           "label": "Awaiting opening",
                     *           "meaning": "Our customer service team has already received your request and is analyzing the existing information to forward it to the responsible team"
                     *         },
                     *         "details": {},
                     *         "requester": {
                     *           "name": "Alice Example",
                     *           "email": "alice@example.com"
                     *         },
                     *         "lastReply": {
                     *           "at": "2026-11-02T10:02:41.090Z",
                     *           "by": "support"
                     *         },
                     *         "createdAt": "2026-11-02T09:14:07.512Z",
                     *         "updatedAt": "2026-11-02T10:02:41.090Z",
                     *         "version": 4,
                     *         "satisfaction": {
                     *           "ratable": false,
                     *           "rating": null
                     *         },
                     *         "assignee": "9b8a7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d",
                     *         "requesterId": "3f1c2b7a-5d4e-4f60-9a8b-1c2d3e4f5a6b",
                     *         "customerLastWrote": "2026-11-02T10:02:41.090Z",
                     *         "serviceLevels": [
                     *           {
                     *             "target": "firstReply",
                     *             "state": "met",
                     *             "startedAt": "2026-11-02T09:14:07.512Z",
                     *             "dueAt": "2026-11-02T11:14:07.512Z",
                     *             "warningAt": "2026-11-02T10:44:07.512Z",
                     *             "warning": false,
                     *             "metAt": "2026-11-02T10:02:41.090Z",
                     *             "elapsedMs": 2913578,
                     *             "remainingMs": 4286422
                     *           },
                     *           {
                     *             "target": "resolution",
                     *             "state": "running",
                     *             "startedAt": "2026-11-02T09:14:07.512Z",
                     *             "dueAt": "2026-11-04T09:14:07.512Z",
                     *             "warningAt": "2026-11-03T13:14:07.512Z",
                     *             "warning": false,
                     *             "metAt": null,
                     *             "elapsedMs": 2913578,
                     *             "remainingMs": 54686422
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AgentTicketChanged"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The caller is not in the agents group. Codes: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Only support agents may use this route.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such ticket, or not the caller's. Codes: `ticket_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_not_found",
                     *         "message": "There is no ticket 10004217.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed in the ticket's current state, or its workflow waits for something else; or an upload named is attached already. Codes: `ticket_closed`, `transition_not_allowed`, `workflow_owns_status`, `workflow_not_waiting`, `conflict`, `upload_already_attached`, `attachment_not_ready`, `ticket_not_solved`, `already_rated`, `rating_link_outdated`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_closed",
                     *         "message": "Ticket 10004217 is closed.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KB. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 64 KB.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The body is not JSON. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "Send the body as JSON, with Content-Type: application/json.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A status the ticket's type does not have. Codes: `invalid_change`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_change",
                     *         "message": "This change cannot be made to this ticket.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    listTicketTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every ticket type with its statuses (code, label, meaning, phase) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "types": [
                     *         {
                     *           "type": "withdrawal",
                     *           "movedBy": "workflow",
                     *           "statuses": [
                     *             {
                     *               "code": "submitted",
                     *               "label": "Submitted",
                     *               "meaning": "Your request has been submitted",
                     *               "phase": "open"
                     *             },
                     *             {
                     *               "code": "in_progress",
                     *               "label": "In progress",
                     *               "meaning": "Under review",
                     *               "phase": "open"
                     *             },
                     *             {
                     *               "code": "with_finance",
                     *               "label": "With Finance",
                     *               "meaning": "Our finance team is processing your withdrawal",
                     *               "phase": "open"
                     *             },
                     *             {
                     *               "code": "withdrawal_completed",
                     *               "label": "Withdrawal completed",
                     *               "meaning": "Your withdrawal has been completed",
                     *               "phase": "solved"
                     *             },
                     *             {
                     *               "code": "withdrawal_cancelled",
                     *               "label": "Withdrawal cancelled",
                     *               "meaning": "Your withdrawal request has been cancelled",
                     *               "phase": "solved"
                     *             },
                     *             {
                     *               "code": "closed",
                     *               "label": "Closed",
                     *               "meaning": "This ticket is closed. If you need more help, please open a new ticket.",
                     *               "phase": "closed"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "reportStatuses": [
                     *         {
                     *           "code": "awaiting_opening",
                     *           "label": "Awaiting opening",
                     *           "meaning": "Our customer service team has already received your request and is analyzing the existing information to forward it to the responsible team"
                     *         },
                     *         {
                     *           "code": "report_in_progress",
                     *           "label": "Report in progress",
                     *           "meaning": "We have already forwarded your request to the team responsible for handling it, which is currently analyzing the registered ticket"
                     *         },
                     *         {
                     *           "code": "report_completed",
                     *           "label": "Report completed",
                     *           "meaning": "The team responsible for your issue has already completed the analysis and we will contact you as soon as possible with the result of your request"
                     *         },
                     *         {
                     *           "code": "no_report_required",
                     *           "label": "No report required",
                     *           "meaning": "Your request has been analyzed and it has been identified that it will not be necessary to process it by the technical teams."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketTypes"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    getOpenApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description This document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "openapi": "3.1.0",
                     *       "info": {
                     *         "title": "Ticketflow API",
                     *         "version": "1"
                     *       },
                     *       "paths": {}
                     *     }
                     */
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    getApiDocs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description This document, rendered for people (HTML) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!doctype html><html lang="en"><head><title>Ticketflow API</title>… */
                    "text/html": string;
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    cancelMyTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ticket number: eight digits.
                 * @example 10004217
                 */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancel my withdrawal (until it is With Finance) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": {
                     *         "number": "10004217",
                     *         "type": "withdrawal",
                     *         "subject": "Withdrawal still pending",
                     *         "description": "I withdrew 250 USDT on Monday and it has not arrived.",
                     *         "priority": "normal",
                     *         "phase": "solved",
                     *         "status": {
                     *           "code": "withdrawal_cancelled",
                     *           "label": "Withdrawal cancelled",
                     *           "meaning": "Your withdrawal request has been cancelled"
                     *         },
                     *         "reportStatus": null,
                     *         "details": {
                     *           "amount": "250.00",
                     *           "currency": "USDT",
                     *           "destination": "TRC20 wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE"
                     *         },
                     *         "requester": {
                     *           "name": "Alice Example",
                     *           "email": "alice@example.com"
                     *         },
                     *         "lastReply": null,
                     *         "createdAt": "2026-11-02T09:14:07.512Z",
                     *         "updatedAt": "2026-11-02T09:14:07.512Z",
                     *         "version": 2,
                     *         "satisfaction": {
                     *           "ratable": false,
                     *           "rating": null
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerTicketChanged"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description No such ticket, or not the caller's. Codes: `ticket_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_not_found",
                     *         "message": "There is no ticket 10004217.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed in the ticket's current state, or its workflow waits for something else; or an upload named is attached already. Codes: `ticket_closed`, `transition_not_allowed`, `workflow_owns_status`, `workflow_not_waiting`, `conflict`, `upload_already_attached`, `attachment_not_ready`, `ticket_not_solved`, `already_rated`, `rating_link_outdated`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_closed",
                     *         "message": "Ticket 10004217 is closed.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    decideTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ticket number: eight digits.
                 * @example 10004217
                 */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "complete",
                 *       "note": "Paid out from the hot wallet.",
                 *       "reference": "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "reject" | "complete" | "cancel";
                    note: string;
                    reason?: string;
                    reference?: string;
                };
            };
        };
        responses: {
            /** @description Answer what the workflow waits for: approve or reject (compliance, escalation), complete with the reference or cancel (finance) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": {
                     *         "number": "10004217",
                     *         "type": "withdrawal",
                     *         "subject": "Payout delayed",
                     *         "description": "Since Monday.",
                     *         "priority": "high",
                     *         "phase": "open",
                     *         "status": {
                     *           "code": "with_finance",
                     *           "label": "With Finance",
                     *           "meaning": "Our finance team is processing your withdrawal"
                     *         },
                     *         "reportStatus": {
                     *           "code": "awaiting_opening",
                     *           "label": "Awaiting opening",
                     *           "meaning": "Our customer service team has already received your request and is analyzing the existing information to forward it to the responsible team"
                     *         },
                     *         "details": {
                     *           "amount": "250.00",
                     *           "currency": "USDT",
                     *           "destination": "TRC20 wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE"
                     *         },
                     *         "requester": {
                     *           "name": "Alice Example",
                     *           "email": "alice@example.com"
                     *         },
                     *         "lastReply": {
                     *           "at": "2026-11-02T10:02:41.090Z",
                     *           "by": "support"
                     *         },
                     *         "createdAt": "2026-11-02T09:14:07.512Z",
                     *         "updatedAt": "2026-11-02T10:02:41.090Z",
                     *         "version": 4,
                     *         "satisfaction": {
                     *           "ratable": false,
                     *           "rating": null
                     *         },
                     *         "assignee": "9b8a7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d",
                     *         "requesterId": "3f1c2b7a-5d4e-4f60-9a8b-1c2d3e4f5a6b",
                     *         "customerLastWrote": "2026-11-02T10:02:41.090Z",
                     *         "serviceLevels": [
                     *           {
                     *             "target": "firstReply",
                     *             "state": "met",
                     *             "startedAt": "2026-11-02T09:14:07.512Z",
                     *             "dueAt": "2026-11-02T11:14:07.512Z",
                     *             "warningAt": "2026-11-02T10:44:07.512Z",
                     *             "warning": false,
                     *             "metAt": "2026-11-02T10:02:41.090Z",
                     *             "elapsedMs": 2913578,
                     *             "remainingMs": 4286422
                     *           },
                     *           {
                     *             "target": "resolution",
                     *             "state": "running",
                     *             "startedAt": "2026-11-02T09:14:07.512Z",
                     *             "dueAt": "2026-11-04T09:14:07.512Z",
                     *             "warningAt": "2026-11-03T13:14:07.512Z",
                     *             "warning": false,
                     *             "metAt": null,
                     *             "elapsedMs": 2913578,
                     *             "remainingMs": 54686422
                     *           }
                     *         ]
                     *       },
                     *       "decision": {
                     *         "decision": "complete",
                     *         "waitingFor": "finance"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DecisionAccepted"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The caller is not in the agents group. Codes: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Only support agents may use this route.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such ticket, or not the caller's. Codes: `ticket_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_not_found",
                     *         "message": "There is no ticket 10004217.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed in the ticket's current state, or its workflow waits for something else; or an upload named is attached already. Codes: `ticket_closed`, `transition_not_allowed`, `workflow_owns_status`, `workflow_not_waiting`, `conflict`, `upload_already_attached`, `attachment_not_ready`, `ticket_not_solved`, `already_rated`, `rating_link_outdated`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_closed",
                     *         "message": "Ticket 10004217 is closed.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KB. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 64 KB.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The body is not JSON. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "Send the body as JSON, with Content-Type: application/json.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description complete without the transaction reference. Codes: `invalid_change`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_change",
                     *         "message": "This change cannot be made to this ticket.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    getWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ticket number: eight digits.
                 * @example 10004217
                 */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket's workflow: execution status, current state, what it waits for, readable history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "execution": {
                     *         "executionArn": "arn:aws:states:us-east-1:123456789012:execution:ticketflow-withdrawal:10004217",
                     *         "name": "10004217",
                     *         "status": "RUNNING",
                     *         "startDate": "2026-11-02T09:14:08.020Z"
                     *       },
                     *       "currentState": "WaitForFinance",
                     *       "waiting": {
                     *         "kind": "finance",
                     *         "decisions": [
                     *           "complete",
                     *           "cancel"
                     *         ],
                     *         "step": "finance",
                     *         "since": "2026-11-02T09:14:09.301Z"
                     *       },
                     *       "provider": null,
                     *       "history": [
                     *         {
                     *           "at": "2026-11-02T09:14:08.020Z",
                     *           "what": "started"
                     *         },
                     *         {
                     *           "at": "2026-11-02T09:14:09.117Z",
                     *           "what": "entered",
                     *           "state": "WaitForFinance"
                     *         },
                     *         {
                     *           "at": "2026-11-02T09:14:09.301Z",
                     *           "what": "waiting"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The caller is not in the agents group. Codes: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Only support agents may use this route.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such ticket, or it has no workflow. Codes: `ticket_not_found`, `workflow_not_found`, `attachment_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_not_found",
                     *         "message": "There is no ticket 10004217.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    requestUpload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "screenshot.png",
                 *       "contentType": "image/png",
                 *       "size": 48213
                 *     }
                 */
                "application/json": {
                    /** @description The file name the thread shows and a download saves it under. */
                    name: string;
                    /** @enum {string} */
                    contentType: "image/png" | "image/jpeg" | "image/webp" | "image/gif" | "application/pdf" | "text/plain" | "text/csv" | "application/json";
                    size: number;
                };
            };
        };
        responses: {
            /** @description Ask to upload a file (then post it to S3, then attach it) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "uploadId": "01JBX7P8M2K4H6G8F0D2C4B6A8",
                     *       "url": "https://ticketflow-files.s3.us-east-1.amazonaws.com/",
                     *       "fields": {
                     *         "Content-Type": "image/png",
                     *         "bucket": "ticketflow-files",
                     *         "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
                     *         "X-Amz-Credential": "ASIAEXAMPLE/20261102/us-east-1/s3/aws4_request",
                     *         "X-Amz-Date": "20261102T091407Z",
                     *         "X-Amz-Security-Token": "IQoJb3JpZ2luX2VjE...",
                     *         "key": "uploads/01JBX7P8M2K4H6G8F0D2C4B6A8",
                     *         "Policy": "eyJleHBpcmF0aW9uIjoiMjAyNi0xMS0wMlQxMDoxNDowNy41MTJaIiwiY29uZGl0aW9ucyI6W119",
                     *         "X-Amz-Signature": "6c2f1b0e4d9a8c7b5e3f1a2d4c6b8e0f9a7c5e3b1d2f4a6c8e0b9d7f5a3c1e2d"
                     *       },
                     *       "usableUntil": "2026-11-02T10:14:07.512Z",
                     *       "maxBytes": 10485760
                     *     }
                     */
                    "application/json": components["schemas"]["UploadCreated"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The body is over 64 KB. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 64 KB.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The body is not JSON. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "Send the body as JSON, with Content-Type: application/json.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    downloadMyAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ticket number: eight digits.
                 * @example 10004217
                 */
                number: string;
                /**
                 * @description The attachment id (its upload id).
                 * @example 01JBX7P8M2K4H6G8F0D2C4B6A8
                 */
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A link to download a file of my ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": "https://ticketflow-files.s3.us-east-1.amazonaws.com/attachments/10004217/01JBX7P8M2K4H6G8F0D2C4B6A8?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=300&X-Amz-Signature=...",
                     *       "expiresAt": "2026-11-02T10:07:41.090Z",
                     *       "name": "screenshot.png",
                     *       "size": 48213,
                     *       "contentType": "image/png"
                     *     }
                     */
                    "application/json": components["schemas"]["AttachmentDownload"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description No such ticket, or not the caller's; or no such attachment on it (an internal note's, for a customer). Codes: `ticket_not_found`, `attachment_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_not_found",
                     *         "message": "There is no ticket 10004217.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The file is not ready: being checked for malware, removed, or unavailable; the message says which. Codes: `attachment_not_ready`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "attachment_not_ready",
                     *         "message": "The attachment 01JBX7P8M2K4H6G8F0D2C4B6A8 cannot be downloaded: it is checking. The file is being checked for malware.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    downloadAttachmentAsAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ticket number: eight digits.
                 * @example 10004217
                 */
                number: string;
                /**
                 * @description The attachment id (its upload id).
                 * @example 01JBX7P8M2K4H6G8F0D2C4B6A8
                 */
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A link to download a file of a ticket (internal notes’ included) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": "https://ticketflow-files.s3.us-east-1.amazonaws.com/attachments/10004217/01JBX7P8M2K4H6G8F0D2C4B6A8?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=300&X-Amz-Signature=...",
                     *       "expiresAt": "2026-11-02T10:07:41.090Z",
                     *       "name": "screenshot.png",
                     *       "size": 48213,
                     *       "contentType": "image/png"
                     *     }
                     */
                    "application/json": components["schemas"]["AttachmentDownload"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The caller is not in the agents group. Codes: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Only support agents may use this route.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such ticket, or not the caller's; or no such attachment on it (an internal note's, for a customer). Codes: `ticket_not_found`, `attachment_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_not_found",
                     *         "message": "There is no ticket 10004217.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The file is not ready: being checked for malware, removed, or unavailable; the message says which. Codes: `attachment_not_ready`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "attachment_not_ready",
                     *         "message": "The attachment 01JBX7P8M2K4H6G8F0D2C4B6A8 cannot be downloaded: it is checking. The file is being checked for malware.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    markMyComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ticket number: eight digits.
                 * @example 10004217
                 */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "My withdrawal has been pending for two weeks and nobody answers."
                 *     }
                 */
                "application/json": {
                    /** @description Why you are unhappy with how your case was handled, in your words (sensitive data is removed before it is kept). */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Make a complaint about my ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": {
                     *         "number": "10004217",
                     *         "type": "withdrawal",
                     *         "subject": "Withdrawal still pending",
                     *         "description": "I withdrew 250 USDT on Monday and it has not arrived.",
                     *         "priority": "normal",
                     *         "phase": "open",
                     *         "status": {
                     *           "code": "submitted",
                     *           "label": "Submitted",
                     *           "meaning": "Your request has been submitted"
                     *         },
                     *         "reportStatus": null,
                     *         "details": {
                     *           "amount": "250.00",
                     *           "currency": "USDT",
                     *           "destination": "TRC20 wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE"
                     *         },
                     *         "requester": {
                     *           "name": "Alice Example",
                     *           "email": "alice@example.com"
                     *         },
                     *         "lastReply": null,
                     *         "createdAt": "2026-11-02T09:14:07.512Z",
                     *         "updatedAt": "2026-11-02T09:14:07.512Z",
                     *         "version": 1,
                     *         "satisfaction": {
                     *           "ratable": false,
                     *           "rating": null
                     *         },
                     *         "complaint": {
                     *           "receivedAt": "2026-11-02T10:02:41.090Z",
                     *           "reason": "My withdrawal has been pending for two weeks and nobody answers.",
                     *           "finalResponseBy": "2026-11-23",
                     *           "finalResponseAt": null
                     *         }
                     *       },
                     *       "redacted": []
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerComplaintMarked"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description No such ticket, or not the caller's. Codes: `ticket_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_not_found",
                     *         "message": "There is no ticket 10004217.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed in the ticket's current state, or its workflow waits for something else; or an upload named is attached already. Codes: `ticket_closed`, `transition_not_allowed`, `workflow_owns_status`, `workflow_not_waiting`, `conflict`, `upload_already_attached`, `attachment_not_ready`, `ticket_not_solved`, `already_rated`, `rating_link_outdated`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_closed",
                     *         "message": "Ticket 10004217 is closed.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KB. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 64 KB.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The body is not JSON. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "Send the body as JSON, with Content-Type: application/json.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    markComplaintAsAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ticket number: eight digits.
                 * @example 10004217
                 */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "receivedAt": "2026-11-02T09:14:07.512Z",
                 *       "note": "Complained in the description."
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date-time
                     * @description When the customer complained, if before now (regulators count from receipt): not later than now and not before the ticket was opened (422 `invalid_change` naming it). Now when absent.
                     */
                    receivedAt?: string;
                    /** @description A note for agents on the timeline’s `complaint` event. */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Mark a ticket as a complaint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": {
                     *         "number": "10004217",
                     *         "type": "general",
                     *         "subject": "Payout delayed",
                     *         "description": "Since Monday.",
                     *         "priority": "high",
                     *         "phase": "open",
                     *         "status": {
                     *           "code": "in_progress",
                     *           "label": "In Progress",
                     *           "meaning": "Your request is being processed"
                     *         },
                     *         "reportStatus": {
                     *           "code": "awaiting_opening",
                     *           "label": "Awaiting opening",
                     *           "meaning": "Our customer service team has already received your request and is analyzing the existing information to forward it to the responsible team"
                     *         },
                     *         "details": {},
                     *         "requester": {
                     *           "name": "Alice Example",
                     *           "email": "alice@example.com"
                     *         },
                     *         "lastReply": {
                     *           "at": "2026-11-02T10:02:41.090Z",
                     *           "by": "support"
                     *         },
                     *         "createdAt": "2026-11-02T09:14:07.512Z",
                     *         "updatedAt": "2026-11-02T10:02:41.090Z",
                     *         "version": 4,
                     *         "satisfaction": {
                     *           "ratable": false,
                     *           "rating": null
                     *         },
                     *         "assignee": "9b8a7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d",
                     *         "requesterId": "3f1c2b7a-5d4e-4f60-9a8b-1c2d3e4f5a6b",
                     *         "customerLastWrote": "2026-11-02T10:02:41.090Z",
                     *         "serviceLevels": [
                     *           {
                     *             "target": "firstReply",
                     *             "state": "met",
                     *             "startedAt": "2026-11-02T09:14:07.512Z",
                     *             "dueAt": "2026-11-02T11:14:07.512Z",
                     *             "warningAt": "2026-11-02T10:44:07.512Z",
                     *             "warning": false,
                     *             "metAt": "2026-11-02T10:02:41.090Z",
                     *             "elapsedMs": 2913578,
                     *             "remainingMs": 4286422
                     *           },
                     *           {
                     *             "target": "resolution",
                     *             "state": "running",
                     *             "startedAt": "2026-11-02T09:14:07.512Z",
                     *             "dueAt": "2026-11-04T09:14:07.512Z",
                     *             "warningAt": "2026-11-03T13:14:07.512Z",
                     *             "warning": false,
                     *             "metAt": null,
                     *             "elapsedMs": 2913578,
                     *             "remainingMs": 54686422
                     *           }
                     *         ],
                     *         "complaint": {
                     *           "receivedAt": "2026-11-02T09:14:07.512Z",
                     *           "markedAt": "2026-11-02T10:02:41.090Z",
                     *           "markedBy": "agent",
                     *           "reason": null,
                     *           "rule": "psd2",
                     *           "deadlines": {
                     *             "acknowledgement": {
                     *               "lastDay": "2026-11-09",
                     *               "dueAt": "2026-11-10T00:00:00.000Z",
                     *               "state": "running"
                     *             },
                     *             "holdingReply": {
                     *               "lastDay": "2026-11-23",
                     *               "dueAt": "2026-11-24T00:00:00.000Z",
                     *               "state": "running"
                     *             },
                     *             "finalResponse": {
                     *               "lastDay": "2026-11-23",
                     *               "dueAt": "2026-11-24T00:00:00.000Z",
                     *               "state": "running"
                     *             },
                     *             "extended": false
                     *           },
                     *           "responses": {
                     *             "acknowledgedAt": null,
                     *             "holdingReplyAt": null,
                     *             "finalResponseAt": null
                     *           },
                     *           "outcome": "open"
                     *         }
                     *       },
                     *       "redacted": []
                     *     }
                     */
                    "application/json": components["schemas"]["AgentComplaintMarked"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The caller is not in the agents group. Codes: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Only support agents may use this route.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such ticket, or not the caller's. Codes: `ticket_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_not_found",
                     *         "message": "There is no ticket 10004217.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed in the ticket's current state, or its workflow waits for something else; or an upload named is attached already. Codes: `ticket_closed`, `transition_not_allowed`, `workflow_owns_status`, `workflow_not_waiting`, `conflict`, `upload_already_attached`, `attachment_not_ready`, `ticket_not_solved`, `already_rated`, `rating_link_outdated`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_closed",
                     *         "message": "Ticket 10004217 is closed.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KB. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 64 KB.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The body is not JSON. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "Send the body as JSON, with Content-Type: application/json.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `receivedAt` later than now, or before the ticket was opened. Codes: `invalid_change`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_change",
                     *         "message": "This change cannot be made to this ticket.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    exportComplaints: {
        parameters: {
            query: {
                /** @description The last day of the period (included). */
                from: string;
                /** @description The last day of the period (included). */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The complaints received in a period, as CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example number,type,received_at,rule,acknowledgement_due,acknowledgement_sent,final_response_due,final_response_sent,holding_reply_sent,extended,state
                     *     10004217,withdrawal,2026-11-02T09:14:07.512Z,psd2,2026-11-09,2026-11-02T10:02:41.090Z,2026-11-23,,,false,open
                     */
                    "text/csv": string;
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The caller is not in the agents group. Codes: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Only support agents may use this route.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    rateMyTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body for 24 hours */
                "Idempotency-Key"?: string;
            };
            path: {
                /**
                 * @description The ticket number: eight digits.
                 * @example 10004217
                 */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "score": "good",
                 *       "comment": "Quick and clear, thank you."
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    score: "good" | "bad";
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Answer "Was this helpful?" for my solved ticket */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": {
                     *         "number": "10004217",
                     *         "type": "general",
                     *         "subject": "Payout delayed",
                     *         "description": "Since Monday.",
                     *         "priority": "normal",
                     *         "phase": "solved",
                     *         "status": {
                     *           "code": "resolved",
                     *           "label": "Resolved",
                     *           "meaning": "Your request has been reviewed and finalized by the support team. You can reopen it for a new contact."
                     *         },
                     *         "reportStatus": null,
                     *         "details": {},
                     *         "requester": {
                     *           "name": "Alice Example",
                     *           "email": "alice@example.com"
                     *         },
                     *         "lastReply": null,
                     *         "createdAt": "2026-11-02T09:14:07.512Z",
                     *         "updatedAt": "2026-11-02T09:14:07.512Z",
                     *         "version": 6,
                     *         "satisfaction": {
                     *           "ratable": false,
                     *           "rating": {
                     *             "score": "good",
                     *             "comment": "Quick and clear, thank you.",
                     *             "at": "2026-11-03T08:30:12.004Z",
                     *             "solvedAt": "2026-11-02T16:41:09.377Z"
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerTicketChanged"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description No such ticket, or not the caller's. Codes: `ticket_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_not_found",
                     *         "message": "There is no ticket 10004217.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed in the ticket's current state, or its workflow waits for something else; or an upload named is attached already. Codes: `ticket_closed`, `transition_not_allowed`, `workflow_owns_status`, `workflow_not_waiting`, `conflict`, `upload_already_attached`, `attachment_not_ready`, `ticket_not_solved`, `already_rated`, `rating_link_outdated`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "ticket_closed",
                     *         "message": "Ticket 10004217 is closed.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KB. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 64 KB.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The body is not JSON. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "Send the body as JSON, with Content-Type: application/json.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was used with another body. Codes: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "idempotency_key_reused",
                     *         "message": "This Idempotency-Key was used with another request.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    getSatisfactionReport: {
        parameters: {
            query: {
                /** @description The first day (UTC) of the period, like 2026-11-01. */
                from: string;
                /** @description The last day (UTC) of the period, included; at most 366 days after `from`, counting both. */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Satisfaction by ticket type, agent and week */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "period": {
                     *         "from": "2026-11-01",
                     *         "to": "2026-11-30"
                     *       },
                     *       "overall": {
                     *         "good": 41,
                     *         "bad": 9,
                     *         "total": 50,
                     *         "shareGood": 0.82
                     *       },
                     *       "byType": [
                     *         {
                     *           "type": "payments",
                     *           "good": 25,
                     *           "bad": 3,
                     *           "total": 28,
                     *           "shareGood": 0.8929
                     *         },
                     *         {
                     *           "type": "general",
                     *           "good": 16,
                     *           "bad": 6,
                     *           "total": 22,
                     *           "shareGood": 0.7273
                     *         }
                     *       ],
                     *       "byAgent": [
                     *         {
                     *           "agent": "9b8a7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d",
                     *           "good": 30,
                     *           "bad": 5,
                     *           "total": 35,
                     *           "shareGood": 0.8571
                     *         },
                     *         {
                     *           "agent": null,
                     *           "good": 11,
                     *           "bad": 4,
                     *           "total": 15,
                     *           "shareGood": 0.7333
                     *         }
                     *       ],
                     *       "byWeek": [
                     *         {
                     *           "week": "2026-W45",
                     *           "monday": "2026-11-02",
                     *           "good": 20,
                     *           "bad": 5,
                     *           "total": 25,
                     *           "shareGood": 0.8
                     *         },
                     *         {
                     *           "week": "2026-W46",
                     *           "monday": "2026-11-09",
                     *           "good": 21,
                     *           "bad": 4,
                     *           "total": 25,
                     *           "shareGood": 0.84
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SatisfactionReport"];
                };
            };
            /** @description The request is invalid: `fields` names each part at fault. Codes: `invalid_request`, `invalid_rating_link`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_request",
                     *         "message": "The request has a problem: subject: At most 200 characters.",
                     *         "fields": [
                     *           {
                     *             "path": "subject",
                     *             "message": "At most 200 characters."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error). Codes: `unauthenticated`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
            /** @description The caller is not in the agents group. Codes: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Only support agents may use this route.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    showRatingPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The signed token of a rating link, as the email gives it.
                 * @example 10004217.1793610847512.g.1794820448.q0D3pXh2m7Vb9sKf4Lr8Tn1Wc6Yz5Ae0Gj2Ui3Oh7Ps
                 */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page a "Good" or "Bad" link of a solved ticket's email opens (HTML) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!DOCTYPE html><html lang="en">…<h1>Was this helpful?</h1>…<form method="post">… */
                    "text/html": string;
                };
            };
            /** @description The link is not valid (cut short, changed or made up), or the comment is too long. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!DOCTYPE html><html lang="en">…<h1>Already rated</h1>… */
                    "text/html": string;
                };
            };
            /** @description The ticket the link names does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!DOCTYPE html><html lang="en">…<h1>Already rated</h1>… */
                    "text/html": string;
                };
            };
            /** @description This solve was rated already (by either link, or through the API), the ticket is not solved any more, or the link is of an earlier solve. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!DOCTYPE html><html lang="en">…<h1>Already rated</h1>… */
                    "text/html": string;
                };
            };
            /** @description The link has expired. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!DOCTYPE html><html lang="en">…<h1>Already rated</h1>… */
                    "text/html": string;
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    rateByLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The signed token of a rating link, as the email gives it.
                 * @example 10004217.1793610847512.g.1794820448.q0D3pXh2m7Vb9sKf4Lr8Tn1Wc6Yz5Ae0Gj2Ui3Oh7Ps
                 */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Record the rating a link stands for, with an optional comment (the page's form; HTML) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!DOCTYPE html><html lang="en">…<h1>Thank you</h1>… */
                    "text/html": string;
                };
            };
            /** @description The link is not valid (cut short, changed or made up), or the comment is too long. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!DOCTYPE html><html lang="en">…<h1>Already rated</h1>… */
                    "text/html": string;
                };
            };
            /** @description The ticket the link names does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!DOCTYPE html><html lang="en">…<h1>Already rated</h1>… */
                    "text/html": string;
                };
            };
            /** @description This solve was rated already (by either link, or through the API), the ticket is not solved any more, or the link is of an earlier solve. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!DOCTYPE html><html lang="en">…<h1>Already rated</h1>… */
                    "text/html": string;
                };
            };
            /** @description The link has expired. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!DOCTYPE html><html lang="en">…<h1>Already rated</h1>… */
                    "text/html": string;
                };
            };
            /** @description The form is larger than 64 KB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!DOCTYPE html><html lang="en">…<h1>Already rated</h1>… */
                    "text/html": string;
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    paddleWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Paddle Billing webhook (Paddle-Signature checked; 401 when unsigned, forged or stale) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "received": true,
                     *       "result": "answered"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookReceived"];
                };
            };
            /** @description The delivery is unsigned, forged or stale. Codes: `invalid_signature`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_signature",
                     *         "message": "The signature does not match.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    coinpaymentsWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CoinPayments IPN (HMAC and merchant checked; 401 when unsigned or forged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "received": true,
                     *       "result": "answered"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookReceived"];
                };
            };
            /** @description The delivery is unsigned, forged or stale. Codes: `invalid_signature`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_signature",
                     *         "message": "The signature does not match.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
    j2txWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description J2TX review webhook (X-J2TX-Signature checked; 401 when unsigned, forged or stale) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "received": true,
                     *       "result": "answered"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookReceived"];
                };
            };
            /** @description The delivery is unsigned, forged or stale. Codes: `invalid_signature`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_signature",
                     *         "message": "The signature does not match.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried. Codes: `internal`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal",
                     *         "message": "Something went wrong on our side. Try again later.",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"] | components["schemas"]["GatewayError"];
                };
            };
        };
    };
}
