/* The transition table (domain/workflow.c): every row consistent, no way
 * out of a final state, the reception rows as Article 14 wants them. */
#include "config.h"

#include <string.h>

#include "domain/account.h"
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
		 * draft back, the collection or an extension */
		ok(t->to != WF_TO_SAME || t->proposes || t->approves || i == WA_COLLECT ||
		    t->clock == WC_EXTEND, "%s: keeps the status only as a step", t->name);
		ok(!t->proposes || !t->approves, "%s: proposes or approves, not both", t->name);
		ok(!t->proposes || (t->to == WF_TO_SAME && t->roles == (1u << ROLE_SPECIALIST)),
		    "%s: a proposal is the specialist's and changes no status", t->name);
		ok(!t->approves || t->roles == (1u << ROLE_LEADER),
		    "%s: the leader decides on proposals", t->name);
		ok(t->citizen ? t->roles == 0 : (t->roles != 0 && (t->roles & ~STAFF_ROLES) == 0),
		    "%s: acted by the citizen or by officers' working roles", t->name);
		ok((unsigned)t->form < NF__MAX && (unsigned)t->clock < WC__MAX,
		    "%s: form and clock in range", t->name);
		ok(t->form == NF_NONE || strlen(wf_form_code(t->form)) == 2,
		    "%s: a notice form has its code", t->name);
		ok(!t->needs_reason || t->form != NF_NONE || t->citizen || t->approves,
		    "%s: a required reason goes on a notice, or is a comment in the history",
		    t->name);
		ok(t->clock != WC_RESUME || t->to == WF_TO_RESUME,
		    "%s: resuming returns to where the request interrupted", t->name);
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
	/* final states: refused and returned; nothing leaves them */
	ok(wf_is_final(DS_REFUSED), "refused is final");
	ok(wf_is_final(DS_RETURNED), "returned is final");
	ok(!wf_is_final(DS_NEW), "new is not final");
	ok(!wf_is_final(DS_SUPPLEMENT), "waiting for a supplement is not final");
	for (s = 0; s < DS__MAX; s++)
		if (s == DS_REFUSED || s == DS_RETURNED)
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
	is_int(wf_table[WA_APPROVE_RESULT].to, DS_DONE, "approved result: 9");
	is_int(wf_table[WA_APPROVE_RESULT].clock, WC_END, "approved result: the clock done");
	is_int(wf_table[WA_APPROVE_SUPPLEMENT].to, DS_SUPPLEMENT, "approved supplement: 5");
	is_int(wf_table[WA_APPROVE_SUPPLEMENT].clock, WC_STOP, "approved supplement: paused");
	is_int(wf_table[WA_APPROVE_SUPPLEMENT].form, NF_02, "approved supplement: Form 02");
	is_int(wf_table[WA_APPROVE_REFUSAL].to, DS_STOPPED, "approved refusal: 8");
	is_int(wf_table[WA_APPROVE_REFUSAL].form, NF_03, "approved refusal: Form 03");
	ok(wf_table[WA_RETURN_DRAFT].needs_reason && strcmp(wf_table[WA_RETURN_DRAFT].approves,
	    "*") == 0, "a draft goes back with a comment, whatever it proposed");
	is_int(wf_table[WA_DELIVER].from, WF_ST(DS_DONE), "return from 9");
	is_int(wf_table[WA_DELIVER].to, DS_RETURNED, "return to 10");
	is_int(wf_table[WA_DELIVER].roles, 1u << ROLE_RECEPTION, "return: reception");
	is_int(wf_table[WA_COLLECT].from, WF_ST(DS_RETURNED), "collection after the return");
	is_int(wf_table[WA_APOLOGY].form, NF_04, "apology sends Form 04");
	is_int(wf_table[WA_APOLOGY].clock, WC_EXTEND, "apology extends the due date");
	ok(!(wf_table[WA_APOLOGY].from & (WF_ST(DS_NEW) | WF_ST(DS_SUPPLEMENT) | WF_ST(DS_DONE))),
	    "apology only while the clock can run");
	ok(wf_table[WA_WITHDRAW].citizen && wf_table[WA_WITHDRAW].needs_reason,
	    "withdrawal: the citizen's, with a reason");
	is_int(wf_table[WA_WITHDRAW].to, DS_WITHDRAWING, "withdrawal to 7");
	ok(!(wf_table[WA_WITHDRAW].from & (WF_ST(DS_DONE) | WF_ST(DS_RETURNED) |
	    WF_ST(DS_REFUSED) | WF_ST(DS_STOPPED))), "no withdrawal once finished");
	ok(wf_is_final(DS_WITHDRAWING) && wf_is_final(DS_STOPPED), "7 and 8 are final");
	ok(!wf_is_final(DS_DONE) && !wf_is_final(DS_PROCESSING), "9 and 4 are not");
	is_int(strcmp(wf_form_code(NF_04), "04"), 0, "Form 04's code");
	/* Article 14 as the table says it */
	is_int(wf_table[WA_ACCEPT].from, WF_ST(DS_NEW), "accept from new");
	is_int(wf_table[WA_ACCEPT].to, DS_RECEIVED, "accept to received");
	is_int(wf_table[WA_ACCEPT].form, NF_01, "accept sends Form 01");
	is_int(wf_table[WA_ACCEPT].clock, WC_START, "accept starts the clock");
	is_int(wf_table[WA_ACCEPT].roles, 1u << ROLE_RECEPTION, "accept: reception only");
	is_int(wf_table[WA_SUPPLEMENT].to, DS_SUPPLEMENT, "supplement request to 5");
	is_int(wf_table[WA_SUPPLEMENT].form, NF_02, "supplement request sends Form 02");
	is_int(wf_table[WA_SUPPLEMENT].clock, WC_STOP, "supplement request stops the clock");
	is_int(wf_table[WA_REFUSE].to, DS_REFUSED, "refuse to 3");
	is_int(wf_table[WA_REFUSE].form, NF_03, "refuse sends Form 03");
	ok(wf_table[WA_REFUSE].needs_reason, "a refusal says why");
	is_int(wf_table[WA_FORWARD].from, WF_ST(DS_RECEIVED), "forward from received");
	is_int(wf_table[WA_FORWARD].to, DS_PROCESSING, "forward to processing");
	ok(wf_table[WA_CITIZEN_SUPPLEMENT].citizen, "the supplement is the citizen's");
	is_int(wf_action_by_slug("khong-co"), -1, "unknown segment");
	is_int(wf_action_by_slug(NULL), -1, "no segment");
	is_str(wf_form_code(NF_NONE), "", "no form, no code");
	is_str(wf_form_code(NF_03), "03", "form 03");
	return done_testing();
}
