package validation

import "github.com/httpexplain/httpexplain/app/jsontree"

// Discord: {"code": 50035, "message": "Invalid Form Body", "errors": {...}}
// where errors nests like the request and each failing member holds an
// "_errors" list of {code, message}; also the rate-limit body
// {"message", "retry_after", "global"}.
// https://discord.com/developers/docs/reference#error-messages

func detectDiscord(in *input) bool {
	r := in.root
	if !in.isStr(in.get(r, "message")) {
		return false
	}
	// {code, message} alone is common to many APIs; the nested errors
	// object or the host tells Discord's apart.
	if in.isNum(in.get(r, "code")) && in.onlyKeys(r, "code", "message", "errors") {
		e := in.get(r, "errors")
		return in.isObj(e) || (e == jsontree.NoNode && (in.hostIs("discord.com") || in.hostIs("discordapp.com")))
	}
	return in.isNum(in.get(r, "retry_after")) && in.onlyKeys(r, "message", "retry_after", "global", "code")
}

func readDiscord(in *input) *Result {
	r := in.root
	res := &Result{Format: "discord", Code: in.gt(r, "code"), Message: in.gs(r, "message")}
	in.extra(res, r, "retry_after", "retry_after")
	in.extra(res, r, "global", "global")
	budget := 10000
	in.discordErrors(res, in.get(r, "errors"), "", 0, &budget)
	return res
}

// discordErrors walks the nested errors object; member names are kept as
// Discord writes them ("embeds.0.title"), since its keys are strings even
// for array positions.
func (in *input) discordErrors(res *Result, n jsontree.Node, path string, depth int, budget *int) {
	if depth > 32 || !in.isObj(n) {
		return
	}
	in.each(n, func(m jsontree.Node) bool {
		*budget--
		if *budget < 0 {
			return false
		}
		if in.key(m) != "_errors" {
			in.discordErrors(res, m, joinKey(path, in.key(m)), depth+1, budget)
			return true
		}
		var msgs []string
		code := ""
		in.each(m, func(e jsontree.Node) bool {
			if s := in.gs(e, "message"); s != "" {
				msgs = append(msgs, s)
			}
			if code == "" {
				code = in.gt(e, "code")
			}
			return true
		})
		return res.add(in.fieldAt(path, m, msgs, code))
	})
}
