/* The transition table (domain/workflow.c): every row consistent, no way
 * out of a final state, the reception rows as Article 14 wants them. */
#include "config.h"

#include <string.h>

#include "domain/account.h"
#include "domain/calendar.h"
#include "domain/dossier.h"
#include "domain/workflow.h"
#include "tap.h"

#define STAFF_ROLES ((1u << ROLE_RECEPTION) | (1u << ROLE_SPECIALIST) | (1u << ROLE_LEADER))

int
main(void)
{
	int i, j, s;

	for (i = 0; i < WA__MAX; i++) {
		const struct wf_transition *t = &wf_table[i];

		ok(t->name && *t->name && strlen(t->name) <= 32, "action %d has a history name", i);
		ok(t->slug && *t->slug, "%s: has a URL segment", t->name);
		for (j = 0; t->slug[j]; j++)
			if (!((t->slug[j] >= 'a' && t->slug[j] <= 'z') || t->slug[j] == '-'))
				break;
		ok(t->slug[j] == '\0', "%s: segment is a diacritics-free slug", t->name);
		ok(t->from != 0, "%s: starts from some status", t->name);
		ok((t->from & ~((1u << DS__MAX) - 1)) == 0, "%s: from only national statuses", t->name);
		ok(!(t->from & WF_ST(DS_DRAFT)), "%s: never from a draft", t->name);
		ok(t->to == WF_TO_RESUME || t->to == WF_TO_SAME ||
		    (t->to > DS_DRAFT && t->to < DS__MAX), "%s: to a national status", t->name);
		ok(t->to == WF_TO_RESUME || t->to == WF_TO_SAME || !(t->from & WF_ST(t->to)),
		    "%s: changes the status", t->name);
		/* a step within the status is a proposal, a decision to send a
		 * draft back, the collection, an extension, the paper copy or
		 * the fee settled or refunded */
		ok(t->to != WF_TO_SAME || t->proposes || t->approves || i == WA_COLLECT ||
		    t->clock == WC_EXTEND || (t->inputs & WI_PAPER) ||
		    i == WA_PAY_COUNTER || i == WA_FEE_EXEMPT || i == WA_REFUND ||
		    i == WA_PAY_TRANSFER,
		    "%s: keeps the status only as a step", t->name);
		ok(!t->proposes || !t->approves, "%s: proposes or approves, not both", t->name);
		/* a proposal is the specialist's, or (an extension) the
		 * officer's holding the dossier, reception or specialist */
		ok(!t->proposes || (t->to == WF_TO_SAME && (t->roles == (1u << ROLE_SPECIALIST) ||
		    (t->holder && (t->roles & ~((1u << ROLE_RECEPTION) |
		    (1u << ROLE_SPECIALIST))) == 0))),
		    "%s: a proposal is the holder's or the specialist's and changes no status",
		    t->name);
		ok(!t->holder || !t->citizen, "%s: a holder is an officer", t->name);
		ok(!t->approves || t->roles == (1u << ROLE_LEADER),
		    "%s: the leader decides on proposals", t->name);
		ok(t->citizen ? t->roles == 0 : (t->roles != 0 && (t->roles & ~STAFF_ROLES) == 0),
		    "%s: acted by the citizen or by officers' working roles", t->name);
		ok((unsigned)t->form < NF__MAX && (unsigned)t->clock < WC__MAX,
		    "%s: form and clock in range", t->name);
		for (j = 0; j < WP__MAX; j++)
			ok(t->form == NF_NONE || (*wf_form(j, t->form)->title &&
			    wf_form(j, t->form)->tpl != NULL),
			    "%s: its notice has a title and a template in profile %s",
			    t->name, wf_profiles[j].name);
		/* the exemption's reason is the history's note, which the
		 * citizen reads */
		ok(!(t->inputs & WI_REASON) || t->form != NF_NONE || t->citizen || t->approves ||
		    i == WA_FEE_EXEMPT,
		    "%s: a required reason goes on a notice, or is a comment in the history",
		    t->name);
		ok(t->clock != WC_RESUME || t->to == WF_TO_RESUME,
		    "%s: resuming returns to where the request interrupted", t->name);
		ok((t->inputs & ~(unsigned)WI__ALL) == 0, "%s: inputs of known kinds", t->name);
		ok(!t->mail || t->form == NF_NONE,
		    "%s: a plain mail only where no notice goes", t->name);
		ok(!t->refund || t->form != NF_NONE, "%s: a refund is told on a notice", t->name);
		/* an extension is asked for, never granted on the spot: the
		 * leader's approval moves the due date */
		ok(!(t->inputs & WI_EXTENSION) || (t->proposes && t->clock == WC_NONE),
		    "%s: an extension is proposed", t->name);
		ok(t->clock != WC_EXTEND || (t->approves && (t->roles & (1u << ROLE_LEADER)) &&
		    t->roles == (1u << ROLE_LEADER)), "%s: only the leader's approval extends",
		    t->name);
		is_int(wf_action_by_slug(t->slug), i, "%s: found by its segment", t->name);
		for (j = 0; j < i; j++) {
			ok(strcmp(wf_table[j].name, t->name) != 0, "%s: name unique vs %d", t->name, j);
			ok(strcmp(wf_table[j].slug, t->slug) != 0, "%s: slug unique vs %d", t->name, j);
		}
	}
	/* every stop of the clock has a way back, and a supplement request
	 * leads to the status the citizen's supplement starts from */
	for (i = 0; i < WA__MAX; i++) {
		if (wf_table[i].clock != WC_STOP)
			continue;
		for (j = 0; j < WA__MAX; j++)
			if (wf_table[j].clock == WC_RESUME && (wf_table[j].from & WF_ST(wf_table[i].to)))
				break;
		ok(j < WA__MAX, "%s: a resuming action leaves its status", wf_table[i].name);
	}
	/* final states: refused, stopped and returned; nothing leaves them */
	ok(wf_is_final(DS_REFUSED), "refused is final");
	ok(wf_is_final(DS_RETURNED), "returned is final");
	ok(!wf_is_final(DS_NEW), "new is not final");
	ok(!wf_is_final(DS_SUPPLEMENT), "waiting for a supplement is not final");
	for (s = 0; s < DS__MAX; s++)
		if (s == DS_REFUSED || s == DS_STOPPED || s == DS_RETURNED)
			for (i = 0; i < WA__MAX; i++)
				ok(!(wf_table[i].from & WF_ST(s)) || wf_table[i].to == WF_TO_SAME,
				    "%s does not leave final status %d", wf_table[i].name, s);
	/* processing: every proposal has its approval, with the same form */
	for (i = 0; i < WA__MAX; i++) {
		if (!wf_table[i].proposes)
			continue;
		for (j = 0; j < WA__MAX; j++)
			if (wf_table[j].approves && strcmp(wf_table[j].approves,
			    wf_table[i].proposes) == 0)
				break;
		ok(j < WA__MAX, "%s: the leader can approve it", wf_table[i].name);
		if (j < WA__MAX)
			is_int(wf_table[j].form, wf_table[i].form, "%s: approved with its draft's form",
			    wf_table[i].name);
	}
	/* the step within a status, as the rows' guards say it */
	for (i = 0; i < WA__MAX; i++) {
		const struct wf_transition *t = &wf_table[i];

		if (t->proposes) {
			ok(wf_startable(i, DS_PROCESSING, NULL, 0, "running", 0, 0),
			    "%s: proposed when nothing is pending", t->name);
			ok(!wf_startable(i, DS_PROCESSING, t->proposes, 0, "running", 0, 0),
			    "%s: one proposal at a time", t->name);
		}
		if (t->approves) {
			ok(!wf_startable(i, DS_PROCESSING, NULL, 0, "running", 0, 0),
			    "%s: nothing to decide without a proposal", t->name);
			ok(wf_startable(i, DS_PROCESSING, strcmp(t->approves, "*") == 0 ?
			    "result" : t->approves, 0, "running", 0, 0), "%s: decides its proposal",
			    t->name);
		}
	}
	ok(!wf_startable(WA_APPROVE_RESULT, DS_PROCESSING, "refusal", 0, "running", 0, 0),
	    "a result is not approved on a refusal's proposal");
	ok(wf_startable(WA_COLLECT, DS_RETURNED, NULL, 0, "done", 0, 0) &&
	    !wf_startable(WA_COLLECT, DS_RETURNED, NULL, 1, "done", 0, 0), "collected once");
	ok(!wf_startable(WA_ACCEPT, DS_RECEIVED, NULL, 0, "running", 0, 0), "not from another status");
	ok(!wf_startable(WA__MAX, DS_NEW, NULL, 0, "none", 0, 0) && !wf_startable(-1, DS_NEW, NULL,
	    0, "none", 0, 0), "no such action");
	/* the paper copy of an unsigned level-4 dossier (Article 7.2) */
	{
		int waits = WF_PAPER_AWAITED | WF_PAPER_FIRST;
		long today = cal_date(2026, 3, 12);
		long long now = cal_time(2026, 3, 12, 9, 0, 0);
		long long sub = cal_time(2026, 3, 10, 16, 45, 0);

		is_int(wf_paper(NULL, 1, 0), waits, "unsigned, not arrived: awaited, and the"
		    " result waits by default");
		is_int(wf_paper(NULL, 1, 1), WF_PAPER_FIRST, "arrived: no longer awaited");
		is_int(wf_paper(NULL, 0, 0), WF_PAPER_FIRST, "signed: nothing awaited");
		ok(wf_startable(WA_PAPER_RECEIVED, DS_NEW, NULL, 0, "none", waits, 0) &&
		    wf_startable(WA_PAPER_RECEIVED, DS_DONE, NULL, 0, "done", waits, 0) &&
		    wf_startable(WA_PAPER_RECEIVED, DS_PROCESSING, "result", 0, "running",
		    WF_PAPER_AWAITED, 0), "the arrival recorded while awaited, in any step");
		ok(!wf_startable(WA_PAPER_RECEIVED, DS_NEW, NULL, 0, "none", WF_PAPER_FIRST, 0) &&
		    !wf_startable(WA_PAPER_RECEIVED, DS_NEW, NULL, 0, "none", 0, 0),
		    "not when nothing is awaited: arrived, or signed");
		ok(!wf_startable(WA_PAPER_RECEIVED, DS_RETURNED, NULL, 0, "done", waits, 0) &&
		    !wf_startable(WA_PAPER_RECEIVED, DS_REFUSED, NULL, 0, "done", waits, 0) &&
		    !wf_startable(WA_PAPER_RECEIVED, DS_STOPPED, NULL, 0, "done", waits, 0),
		    "not once the agency is done with the dossier");
		is_int(wf_table[WA_PAPER_RECEIVED].roles, 1u << ROLE_RECEPTION,
		    "the arrival: reception's");
		is_str(wf_table[WA_PAPER_RECEIVED].mail, "PaperReceived", "the citizen is told");
		ok(!wf_startable(WA_DELIVER, DS_DONE, NULL, 0, "done", waits, 0) &&
		    wf_paper_blocks(WA_DELIVER, waits), "Paper.ReturnBeforeArrival 0: the return"
		    " waits for the paper copy");
		ok(wf_startable(WA_DELIVER, DS_DONE, NULL, 0, "done", WF_PAPER_AWAITED, 0) &&
		    !wf_paper_blocks(WA_DELIVER, WF_PAPER_AWAITED),
		    "Paper.ReturnBeforeArrival 1: returned before it arrives");
		ok(wf_startable(WA_DELIVER, DS_DONE, NULL, 0, "done", WF_PAPER_FIRST, 0),
		    "returned once it has arrived");
		ok(wf_startable(WA_APPROVE_RESULT, DS_PROCESSING, "result", 0, "running", waits, 0),
		    "the leader approves on the scans: only the return waits");
		for (i = 0; i < WA__MAX; i++)
			ok(!wf_paper_blocks(i, waits) || i == WA_DELIVER,
			    "%s: does not wait for the paper copy", wf_table[i].name);
		ok(wf_paper_day_check(today, sub, now) == NULL &&
		    wf_paper_day_check(today - 2, sub, now) == NULL,
		    "arrived today, or on the day of submission");
		is_str(wf_paper_day_check(today + 1, sub, now), "paper_day_future",
		    "not tomorrow");
		is_str(wf_paper_day_check(today - 3, sub, now), "paper_day_before",
		    "not before the submission");
	}
	/* extensions (issue 13): proposed by whoever holds the dossier while
	 * the clock runs, one proposal at a time, approved by the leader */
	ok(wf_startable(WA_PROPOSE_EXTENSION, DS_PROCESSING, NULL, 0, "running", 0, 0) &&
	    wf_startable(WA_PROPOSE_EXTENSION, DS_RECEIVED, NULL, 0, "running", 0, 0) &&
	    !wf_startable(WA_PROPOSE_EXTENSION, DS_PROCESSING, NULL, 0, "paused", 0, 0) &&
	    !wf_startable(WA_PROPOSE_EXTENSION, DS_RECEIVED, NULL, 0, NULL, 0, 0) &&
	    !wf_startable(WA_PROPOSE_EXTENSION, DS_PROCESSING, "result", 0, "running", 0, 0),
	    "an extension proposed while the clock runs and nothing else is pending");
	ok(wf_startable(WA_APPROVE_EXTENSION, DS_RECEIVED, "extension", 0, "running", 0, 0) &&
	    wf_startable(WA_APPROVE_EXTENSION, DS_PROCESSING, "extension", 0, "running", 0, 0) &&
	    !wf_startable(WA_APPROVE_EXTENSION, DS_PROCESSING, "extension", 0, "paused", 0, 0) &&
	    !wf_startable(WA_APPROVE_EXTENSION, DS_PROCESSING, "result", 0, "running", 0, 0) &&
	    !wf_startable(WA_APPROVE_RESULT, DS_PROCESSING, "extension", 0, "running", 0, 0),
	    "an extension approved as itself, while the clock runs");
	ok(wf_startable(WA_RETURN_DRAFT, DS_RECEIVED, "extension", 0, "running", 0, 0),
	    "an extension's draft returned while reception holds the dossier");
	is_int(wf_roles(WA_PROPOSE_EXTENSION, DS_RECEIVED), 1u << ROLE_RECEPTION,
	    "extension while received: reception proposes");
	is_int(wf_roles(WA_PROPOSE_EXTENSION, DS_PROCESSING), 1u << ROLE_SPECIALIST,
	    "extension in processing: the specialist proposes");
	is_int(wf_roles(WA_PROPOSE_EXTENSION, DS_DONE), wf_table[WA_PROPOSE_EXTENSION].roles,
	    "no holder's role: the row's, the status refuses");
	is_int(wf_roles(WA_APPROVE_EXTENSION, DS_RECEIVED), 1u << ROLE_LEADER,
	    "the leader approves whoever holds it");
	is_int(wf_roles(WA_ACCEPT, DS_NEW), 1u << ROLE_RECEPTION, "a row without holder: its roles");
	is_int(wf_roles(WA__MAX, DS_NEW), 0, "no such action, no role");
	ok(!wf_startable(WA_ACCEPT, DS_RECEIVED, NULL, 0, "running", 0, 0), "not from another status");
	ok(!wf_startable(WA__MAX, DS_NEW, NULL, 0, "none", 0, 0) && !wf_startable(-1, DS_NEW, NULL,
	    0, "none", 0, 0), "no such action");
	is_int(wf_table[WA_APPROVE_REFUSAL].refund, 1, "approved refusal: a fee paid is owed back");
	is_int(wf_table[WA_STOP].refund, 1, "stop: a fee paid is owed back");
	is_str(wf_table[WA_APPROVE_RESULT].mail, "Result", "approved result: the citizen is told");
	is_str(wf_table[WA_DELIVER].mail, "Returned", "returned: the citizen is told");
	is_str(wf_table[WA_WITHDRAW].mail, "Withdrawn", "withdrawn: the citizen is told");
	is_int(wf_table[WA_APPROVE_RESULT].to, DS_DONE, "approved result: 9");
	is_int(wf_table[WA_APPROVE_RESULT].clock, WC_END, "approved result: the clock done");
	is_int(wf_table[WA_APPROVE_SUPPLEMENT].to, DS_SUPPLEMENT, "approved supplement: 5");
	is_int(wf_table[WA_APPROVE_SUPPLEMENT].clock, WC_STOP, "approved supplement: paused");
	is_int(wf_table[WA_APPROVE_SUPPLEMENT].form, NF_SUPPLEMENT, "approved supplement: Form 02");
	is_int(wf_table[WA_APPROVE_REFUSAL].to, DS_STOPPED, "approved refusal: 8");
	is_int(wf_table[WA_APPROVE_REFUSAL].form, NF_REFUSAL, "approved refusal: Form 03");
	ok((wf_table[WA_RETURN_DRAFT].inputs & WI_REASON) && strcmp(wf_table[WA_RETURN_DRAFT].approves,
	    "*") == 0, "a draft goes back with a comment, whatever it proposed");
	is_int(wf_table[WA_DELIVER].from, WF_ST(DS_DONE), "return from 9");
	is_int(wf_table[WA_DELIVER].to, DS_RETURNED, "return to 10");
	is_int(wf_table[WA_DELIVER].roles, 1u << ROLE_RECEPTION, "return: reception");
	is_int(wf_table[WA_COLLECT].from, WF_ST(DS_RETURNED), "collection after the return");
	is_int(wf_table[WA_PROPOSE_EXTENSION].form, NF_APOLOGY, "an extension proposed: a Form 04 draft");
	is_str(wf_table[WA_PROPOSE_EXTENSION].proposes, "extension", "an extension is a proposal");
	is_int(wf_table[WA_PROPOSE_EXTENSION].inputs, WI_REASON | WI_EXTENSION,
	    "an extension proposed: a reason and days");
	is_int(wf_table[WA_APPROVE_EXTENSION].form, NF_APOLOGY, "approved: Form 04 sent");
	is_int(wf_table[WA_APPROVE_EXTENSION].clock, WC_EXTEND, "approved: the due date extended");
	is_int(wf_table[WA_APPROVE_EXTENSION].roles, 1u << ROLE_LEADER, "approved by the leader");
	ok(!(wf_table[WA_PROPOSE_EXTENSION].from & (WF_ST(DS_NEW) | WF_ST(DS_SUPPLEMENT) |
	    WF_ST(DS_DONE))) && wf_table[WA_APPROVE_EXTENSION].from ==
	    wf_table[WA_PROPOSE_EXTENSION].from, "extensions only while the clock can run");
	for (i = 0; i < WA__MAX; i++)
		ok(i == WA_APPROVE_EXTENSION || wf_table[i].clock != WC_EXTEND,
		    "%s: no due date moved later but by an approved extension", wf_table[i].name);
	ok(wf_table[WA_WITHDRAW].citizen && (wf_table[WA_WITHDRAW].inputs & WI_REASON),
	    "withdrawal: the citizen's, with a reason");
	is_int(wf_table[WA_WITHDRAW].to, DS_WITHDRAWING, "withdrawal to 7");
	ok(!(wf_table[WA_WITHDRAW].from & (WF_ST(DS_DONE) | WF_ST(DS_RETURNED) |
	    WF_ST(DS_REFUSED) | WF_ST(DS_STOPPED))), "no withdrawal once finished");
	ok(wf_is_final(DS_STOPPED), "8 is final");
	ok(!wf_is_final(DS_WITHDRAWING), "7 is a request: the stop confirms it");
	ok(!wf_is_final(DS_DONE) && !wf_is_final(DS_PROCESSING), "9 and 4 are not");
	/* the stop (dừng giải quyết): the leader's, with a reason, from an
	 * accepted dossier not finished or a withdrawal request, to 8 */
	is_int(wf_table[WA_STOP].to, DS_STOPPED, "stop: to 8");
	is_int(wf_table[WA_STOP].from, WF_ST(DS_RECEIVED) | WF_ST(DS_PROCESSING) |
	    WF_ST(DS_SUPPLEMENT) | WF_ST(DS_WITHDRAWING), "stop: from 2, 4, 5 and 7");
	is_int(wf_table[WA_STOP].roles, 1u << ROLE_LEADER, "stop: the leader's");
	ok((wf_table[WA_STOP].inputs & WI_REASON), "stop: with a reason");
	is_int(wf_table[WA_STOP].form, NF_STOP, "stop: the stop notice");
	is_int(wf_table[WA_STOP].clock, WC_END, "stop: the clock ends");
	ok(!wf_table[WA_STOP].proposes && !wf_table[WA_STOP].approves,
	    "stop: a decision of its own, not a proposal's");
	/* every status the citizen's actions lead to, an officer can leave
	 * or it is final */
	for (i = 0; i < WA__MAX; i++) {
		int to = wf_table[i].to;

		if (!wf_table[i].citizen || to < 0 || wf_is_final(to))
			continue;
		for (j = 0; j < WA__MAX; j++)
			if (!wf_table[j].citizen && (wf_table[j].from & WF_ST(to)))
				break;
		ok(j < WA__MAX, "%s: an officer acts on status %d", wf_table[i].name, to);
	}
	/* the forms of each profile: one table, numbers unique, the 2018 set
	 * has 6 numbered forms (no stop notice), 2025 has 7 */
	for (i = 0; i < WP__MAX; i++) {
		int numbered = 0, f, g;

		is_int(wf_profile_by_name(wf_profiles[i].name), i, "profile %s by name",
		    wf_profiles[i].name);
		ok(strstr(wf_profiles[i].circular, "TT-VPCP") != NULL, "%s: its circular",
		    wf_profiles[i].name);
		for (f = 1; f < NF__MAX; f++) {
			const struct wf_form_def *d = wf_form(i, f);

			ok(d->title && *d->title, "%s %s: a title", wf_profiles[i].name,
			    wf_form_kind(f));
			ok(strlen(d->number) == 2 || *d->number == '\0', "%s %s: number",
			    wf_profiles[i].name, wf_form_kind(f));
			ok((d->tpl == NULL) == (f == NF_CONTROL || f == NF_BOOK),
			    "%s %s: a notice has a template, a report none",
			    wf_profiles[i].name, wf_form_kind(f));
			is_int(wf_form_by_kind(wf_form_kind(f)), f, "%s: kind round trip",
			    wf_form_kind(f));
			numbered += *d->number != '\0';
			for (g = 1; g < f; g++)
				ok(!*d->number || strcmp(d->number, wf_form(i, g)->number) != 0,
				    "%s: %s and %s have different numbers", wf_profiles[i].name,
				    wf_form_kind(f), wf_form_kind(g));
		}
		is_int(numbered, i == WP_2018 ? 6 : 7, "%s: its number of forms",
		    wf_profiles[i].name);
	}
	is_str(wf_form(WP_2018, NF_APOLOGY)->title, "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
	    "2018: the apology");
	is_str(wf_form(WP_2025, NF_APOLOGY)->title,
	    "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết", "2025: the apology");
	is_str(wf_form(WP_2018, NF_STOP)->number, "", "2018: no form for the stop notice");
	is_str(wf_form(WP_2025, NF_STOP)->number, "05", "2025: Mẫu số 05");
	is_str(wf_form(WP_2025, NF_STOP)->title, "Thông báo dừng giải quyết hồ sơ",
	    "2025: the stop notice");
	is_str(wf_form(WP_2018, NF_CONTROL)->number, "05", "2018: control sheet 05");
	is_str(wf_form(WP_2025, NF_CONTROL)->number, "06", "2025: control sheet 06");
	is_str(wf_form(WP_2018, NF_BOOK)->number, "06", "2018: tracking book 06");
	is_str(wf_form(WP_2025, NF_BOOK)->number, "07", "2025: tracking book 07");
	ok(strcmp(wf_form(WP_2018, NF_STOP)->tpl, wf_form(WP_2025, NF_STOP)->tpl) == 0,
	    "one stop notice template for both");
	is_int(wf_profile_by_name("2019"), -1, "no such profile");
	is_int(wf_form_by_kind("khac"), NF_NONE, "no such kind");
	is_str(wf_form(-1, NF_RECEIPT)->number, "01", "out of range: 2018's");
	/* Article 14 as the table says it */
	is_int(wf_table[WA_ACCEPT].from, WF_ST(DS_NEW), "accept from new");
	is_int(wf_table[WA_ACCEPT].to, DS_RECEIVED, "accept to received");
	is_int(wf_table[WA_ACCEPT].form, NF_RECEIPT, "accept sends Form 01");
	is_int(wf_table[WA_ACCEPT].clock, WC_START, "accept starts the clock");
	is_int(wf_table[WA_ACCEPT].roles, 1u << ROLE_RECEPTION, "accept: reception only");
	is_int(wf_table[WA_SUPPLEMENT].to, DS_SUPPLEMENT, "supplement request to 5");
	is_int(wf_table[WA_SUPPLEMENT].form, NF_SUPPLEMENT, "supplement request sends Form 02");
	is_int(wf_table[WA_SUPPLEMENT].clock, WC_STOP, "supplement request stops the clock");
	is_int(wf_table[WA_REFUSE].to, DS_REFUSED, "refuse to 3");
	is_int(wf_table[WA_REFUSE].form, NF_REFUSAL, "refuse sends Form 03");
	ok((wf_table[WA_REFUSE].inputs & WI_REASON), "a refusal says why");
	is_int(wf_table[WA_FORWARD].from, WF_ST(DS_RECEIVED), "forward from received");
	is_int(wf_table[WA_FORWARD].to, DS_PROCESSING, "forward to processing");
	ok(wf_table[WA_CITIZEN_SUPPLEMENT].citizen, "the supplement is the citizen's");
	is_int(wf_action_by_slug("khong-co"), -1, "unknown segment");
	is_int(wf_action_by_slug(NULL), -1, "no segment");
	is_str(wf_form_kind(NF_NONE), "", "no form, no kind");
	is_str(wf_form(WP_2018, NF_REFUSAL)->number, "03", "form 03");

	/* fees (issue 14): when the fee is due, and which steps wait */
	is_int(wf_pay("submission", 100000, 0, 0, 0), PAY_SUBMISSION, "owed at submission");
	is_int(wf_pay("acceptance", 1, 0, 0, 0), PAY_ACCEPTANCE, "owed after acceptance");
	is_int(wf_pay("return", 1, 0, 0, 0), PAY_RETURN, "owed before the return");
	is_int(wf_pay(NULL, 1, 0, 0, 0), PAY_ACCEPTANCE, "no pay_when: after acceptance");
	is_int(wf_pay("return", 0, 0, 0, 0), PAY_NONE, "nothing to pay: nothing owed");
	is_int(wf_pay("submission", 5, 1, 0, 0), PAY_NONE, "paid: nothing owed");
	is_int(wf_pay("submission", 5, 0, 1, 0), PAY_NONE, "exempted: nothing owed");
	is_int(wf_pay("submission", 5, 1, 0, 1), PAY_REFUND, "paid and owed back: a refund");
	is_int(wf_pay("submission", 5, 0, 0, 1), PAY_SUBMISSION,
	    "a refund flag without a payment owes nothing back");
	ok(wf_startable(WA_REFUND, DS_STOPPED, NULL, 0, "done", 0, PAY_REFUND) &&
	    wf_startable(WA_REFUND, DS_REFUSED, NULL, 0, "done", 0, PAY_REFUND) &&
	    !wf_startable(WA_REFUND, DS_STOPPED, NULL, 0, "done", 0, PAY_NONE) &&
	    !wf_startable(WA_REFUND, DS_RETURNED, NULL, 0, "done", 0, PAY_REFUND),
	    "the refund: refused or stopped, while owed back");
	ok(!wf_pay_blocks(WA_DELIVER, PAY_REFUND) && !wf_pay_blocks(WA_ACCEPT, PAY_REFUND),
	    "owed back: no step waits for it");
	ok(wf_pay_blocks(WA_ACCEPT, PAY_SUBMISSION) && !wf_pay_blocks(WA_ACCEPT, PAY_ACCEPTANCE) &&
	    !wf_pay_blocks(WA_ACCEPT, PAY_RETURN), "acceptance waits only for a fee due at submission");
	ok(wf_pay_blocks(WA_FORWARD, PAY_SUBMISSION) && wf_pay_blocks(WA_FORWARD, PAY_ACCEPTANCE) &&
	    !wf_pay_blocks(WA_FORWARD, PAY_RETURN), "the handover waits for a fee due by then");
	ok(wf_pay_blocks(WA_DELIVER, PAY_SUBMISSION) && wf_pay_blocks(WA_DELIVER, PAY_ACCEPTANCE) &&
	    wf_pay_blocks(WA_DELIVER, PAY_RETURN), "the return waits for any fee owed");
	{
		int a, n = 0;

		for (a = 0; a < WA__MAX; a++) {
			ok(!wf_pay_blocks(a, PAY_NONE), "%s: never waits when nothing is owed",
			    wf_table[a].name);
			n += wf_table[a].pay_at != PAY_NONE;
		}
		is_int(n, 3, "three steps wait for the fee: accept, forward, deliver");
	}
	ok(!wf_startable(WA_FORWARD, DS_RECEIVED, NULL, 0, "running", 0, PAY_ACCEPTANCE) &&
	    wf_startable(WA_FORWARD, DS_RECEIVED, NULL, 0, "running", 0, PAY_RETURN),
	    "forward: not offered while the fee is owed by then");
	ok(wf_startable(WA_PAY_COUNTER, DS_NEW, NULL, 0, "none", 0, PAY_ACCEPTANCE) &&
	    wf_startable(WA_FEE_EXEMPT, DS_DONE, NULL, 0, "done", 0, PAY_RETURN) &&
	    !wf_startable(WA_PAY_COUNTER, DS_NEW, NULL, 0, "none", 0, PAY_NONE) &&
	    !wf_startable(WA_FEE_EXEMPT, DS_RECEIVED, NULL, 0, "running", 0, PAY_NONE),
	    "paid or exempted while owed, once");
	ok(!wf_startable(WA_PAY_COUNTER, DS_RETURNED, NULL, 0, "done", 0, PAY_RETURN) &&
	    !wf_startable(WA_PAY_COUNTER, DS_STOPPED, NULL, 0, "done", 0, PAY_RETURN),
	    "nothing is paid on a finished dossier");
	is_int(wf_table[WA_PAY_COUNTER].roles, 1u << ROLE_RECEPTION, "the counter: reception");
	/* payment_open reads the counter's row for every way to pay */
	ok(wf_table[WA_PAY_TRANSFER].from == wf_table[WA_PAY_COUNTER].from,
	    "a transfer is taken in the statuses the counter takes the fee in");
	is_int(wf_table[WA_PAY_COUNTER].inputs, WI_PAYMENT, "the counter: amount, receipt, means");
	ok(wf_table[WA_FEE_EXEMPT].inputs & WI_REASON, "an exemption says why");
	return done_testing();
}
