package validation

import (
	"strings"

	"github.com/httpexplain/httpexplain/app/jsontree"
)

// Slack Web API: {"ok": false, "error": "invalid_arguments",
// "response_metadata": {"messages": ["[ERROR] missing required field: channel"]}},
// usually with status 200.
// https://api.slack.com/web#evaluating_responses

func detectSlack(in *input) bool {
	r := in.root
	ok, isBool := in.boolean(in.get(r, "ok"))
	return isBool && !ok && in.gs(r, "error") != ""
}

func readSlack(in *input) *Result {
	r := in.root
	res := &Result{Format: "slack", Code: in.gs(r, "error")}
	in.extra(res, r, "needed", "needed")
	in.extra(res, r, "provided", "provided")
	in.extra(res, r, "warning", "warning")
	in.each(in.get(in.get(r, "response_metadata"), "messages"), func(m jsontree.Node) bool {
		text := in.str(m)
		if text == "" {
			return true
		}
		msg, field := slackMessage(text)
		if res.Message == "" {
			res.Message = msg
		}
		return res.add(in.fieldAt(field, m, []string{msg}, ""))
	})
	return res
}

// slackMessage strips the "[ERROR] " level tag from a response_metadata
// message and picks out the field it names after "field: ", if any.
func slackMessage(s string) (msg, field string) {
	msg = s
	if strings.HasPrefix(msg, "[") {
		if i := strings.IndexByte(msg, ']'); i > 0 && i < 12 {
			msg = strings.TrimSpace(msg[i+1:])
		}
	}
	i := strings.LastIndex(msg, "field: ")
	if i < 0 {
		return msg, ""
	}
	cand := strings.TrimSpace(msg[i+len("field: "):])
	cand = strings.Trim(cand, "`'\"")
	if cand == "" || strings.ContainsAny(cand, " \t,") {
		return msg, ""
	}
	return msg, cand
}
