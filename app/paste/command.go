package paste

import (
	"net/url"
	"strings"

	"github.com/httpexplain/httpexplain/app/message"
)

// prompts are shell prompt prefixes people copy along with a command.
var prompts = []string{"$ ", "% ", "# ", "❯ ", "> ", "PS> "}

// curlValueFlags are curl options that take the next word as their value,
// so that value is not mistaken for the URL.
var curlValueFlags = map[string]bool{
	"-H": true, "--header": true, "-d": true, "--data": true, "--data-raw": true, "--data-binary": true,
	"--data-urlencode": true, "--json": true, "-F": true, "--form": true, "-u": true, "--user": true,
	"-o": true, "--output": true, "-A": true, "--user-agent": true, "-e": true, "--referer": true,
	"-b": true, "--cookie": true, "-c": true, "--cookie-jar": true, "-x": true, "--proxy": true,
	"-w": true, "--write-out": true, "-m": true, "--max-time": true, "--connect-timeout": true,
	"--cacert": true, "--cert": true, "--key": true, "-E": true, "--resolve": true, "--retry": true,
	"-T": true, "--upload-file": true, "--trace-ascii": true, "--trace": true, "-D": true, "--dump-header": true,
	"--oauth2-bearer": true, "--max-redirs": true, "--limit-rate": true, "-r": true, "--range": true,
}

// curlBodyFlags make curl send POST unless -X says otherwise.
var curlBodyFlags = map[string]bool{
	"-d": true, "--data": true, "--data-raw": true, "--data-binary": true, "--data-urlencode": true,
	"--json": true, "-F": true, "--form": true,
}

// httpieValueFlags are HTTPie options that take a value.
var httpieValueFlags = map[string]bool{
	"-a": true, "--auth": true, "-A": true, "--auth-type": true, "-o": true, "--output": true,
	"--session": true, "--verify": true, "--cert": true, "--cert-key": true, "--proxy": true,
	"-p": true, "--print": true, "--pretty": true, "-s": true, "--style": true, "--timeout": true,
}

// command is the request a copied command line asked for.
type command struct {
	method string
	url    string
	line   int
	header message.Header
	body   string
	bodyAt int // line of the body's word
}

// takeCommand removes a curl or HTTPie command line (with its "\"
// continuations) from the start of the paste and returns what it asked
// for, so a curl -i paste gets its request method and URL.
func (r *reader) takeCommand(ls []line) ([]line, *command) {
	i := firstNonBlank(ls, 0)
	if i == len(ls) {
		return ls, nil
	}
	t := trimOWS(ls[i].text)
	for _, p := range prompts {
		t = strings.TrimPrefix(t, p)
	}
	tool, _, _ := strings.Cut(t, " ")
	if tool != "curl" && tool != "curl.exe" && tool != "http" && tool != "https" {
		return ls, nil
	}
	var b strings.Builder
	var starts, nums []int // where each line starts in b, and its number
	j := i
	for ; j < len(ls); j++ {
		s := trimOWS(ls[j].text)
		if j == i {
			s = t
		}
		starts, nums = append(starts, b.Len()), append(nums, ls[j].num)
		cont := strings.HasSuffix(s, "\\") || strings.HasSuffix(s, "^") || strings.HasSuffix(s, "`")
		b.WriteString(strings.TrimRight(s, "\\^`"))
		b.WriteByte(' ')
		if !cont {
			break
		}
	}
	words, offs := shellWords(b.String())
	lineOf := make([]int, len(words))
	for k, off := range offs {
		n := 0
		for n+1 < len(starts) && starts[n+1] <= off {
			n++
		}
		lineOf[k] = nums[n]
	}
	cmd := &command{line: ls[i].num}
	if tool == "http" || tool == "https" {
		cmd.readHTTPie(tool, words[1:])
	} else {
		cmd.readCurl(words[1:], lineOf[1:])
	}
	if cmd.url == "" {
		return ls, nil
	}
	r.info(ls[i].num, "read the request from the %s command on line %d: %s %s", strings.TrimSuffix(tool, ".exe"), ls[i].num, cmd.method, cmd.url)
	if j >= len(ls) {
		return nil, cmd
	}
	return ls[j+1:], cmd
}

func (c *command) readCurl(words []string, lineOf []int) {
	bodyFlag := false
	for k := 0; k < len(words); k++ {
		w := words[k]
		switch {
		case w == "-X" || w == "--request":
			if k+1 < len(words) {
				c.method = strings.ToUpper(words[k+1])
				k++
			}
		case strings.HasPrefix(w, "-X") && len(w) > 2:
			c.method = strings.ToUpper(w[2:])
		case w == "-I" || w == "--head":
			if c.method == "" {
				c.method = "HEAD"
			}
		case w == "--url":
			if k+1 < len(words) {
				c.url = words[k+1]
				k++
			}
		case curlValueFlags[w]:
			bodyFlag = bodyFlag || curlBodyFlags[w]
			if k+1 < len(words) {
				v := words[k+1]
				switch {
				case w == "-H" || w == "--header":
					if name, value, _, ok := splitField(v); ok {
						c.header = append(c.header, message.Field{Name: name, Value: value, Line: lineOf[k+1]})
					}
				case curlBodyFlags[w] && c.body == "":
					c.body, c.bodyAt = v, lineOf[k+1]
				}
			}
			k++
		case strings.HasPrefix(w, "-"):
		case c.url == "":
			c.url = w
		}
	}
	if c.method == "" {
		c.method = "GET"
		if bodyFlag {
			c.method = "POST"
		}
	}
	if c.url != "" && !strings.Contains(c.url, "://") {
		c.url = "http://" + c.url
	}
}

func (c *command) readHTTPie(tool string, words []string) {
	items := false
	for k := 0; k < len(words); k++ {
		w := words[k]
		switch {
		case httpieValueFlags[w]:
			k++
		case strings.HasPrefix(w, "-"):
		case c.url == "" && c.method == "" && isToken(w) && strings.ToUpper(w) == w && !strings.ContainsAny(w, ".:/"):
			c.method = w
		case c.url == "":
			c.url = w
		default:
			items = items || strings.Contains(w, "=")
		}
	}
	if c.method == "" {
		c.method = "GET"
		if items {
			c.method = "POST"
		}
	}
	switch {
	case c.url == "":
	case strings.HasPrefix(c.url, ":"):
		c.url = tool + "://localhost" + c.url
	case !strings.Contains(c.url, "://"):
		c.url = tool + "://" + c.url
	}
}

// request makes the request the command sent.
func (c *command) request() *message.Request {
	q := &message.Request{Method: c.method, URL: c.url, Line: c.line, Header: c.header}
	if u, err := url.Parse(c.url); err == nil {
		q.Target = u.RequestURI()
	}
	if c.body != "" && !strings.HasPrefix(c.body, "@") {
		q.Body = message.NewBody([]byte(c.body), q.Header.Get("Content-Type"), c.bodyAt)
	}
	return q
}

// shellWords splits a command line into words the way a POSIX shell
// would for simple quoting: '…' and "…" group, a backslash escapes.
// It also returns the offset where each word starts.
func shellWords(s string) (words []string, offs []int) {
	var b strings.Builder
	in := false
	var q byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !in && !(q == 0 && (c == ' ' || c == '\t')) {
			offs = append(offs, i)
		}
		switch {
		case q != 0 && c == q:
			q = 0
		case q == 0 && (c == '\'' || c == '"'):
			q, in = c, true
		case q != '\'' && c == '\\' && i+1 < len(s):
			i++
			b.WriteByte(s[i])
			in = true
		case q == 0 && (c == ' ' || c == '\t'):
			if in {
				words = append(words, b.String())
				b.Reset()
				in = false
			}
		default:
			b.WriteByte(c)
			in = true
		}
	}
	if in {
		words = append(words, b.String())
	}
	return words, offs[:len(words)]
}
