package field

import (
	"strings"
	"time"

	"github.com/dunglas/httpsfv"
)

// Registered fields defined as Structured Fields (RFC 9651) that need more
// than structuredFields can say: a Date, a Byte Sequence of set length,
// required members. Plain ones use the sfKind checkers of syntax_sf.go
// through the named wrappers here.

func regSFDict(v string) verdict { return structured{kind: sfDict}.checker()(v) }

// regSFList checks a List that must hold a member: an empty value says
// nothing.
func regSFList(v string) verdict {
	if strings.Trim(v, " \t") == "" {
		return invalid("the value is empty")
	}
	return structured{kind: sfList}.checker()(v)
}

func regSFBool(v string) verdict { return structured{kind: sfItem, boolean: true}.checker()(v) }

func regStorageAccessStatus(v string) verdict {
	return structured{kind: sfItem, tokens: []string{"none", "inactive", "active"}}.checker()(v)
}

func regActivateStorageAccess(v string) verdict {
	return structured{kind: sfItem, tokens: []string{"retry", "load"}}.checker()(v)
}

// regSFItem parses a bounded item, saying why it fails.
func regSFItem(v string) (httpsfv.Item, string) {
	if len(v) > maxSFLen {
		return httpsfv.Item{}, "the value is too long to check"
	}
	it, err := httpsfv.UnmarshalItem([]string{v})
	if err != nil {
		return it, "not a valid structured-field item (RFC 9651): " + sfError(err)
	}
	return it, ""
}

// regDeprecation reads RFC 9745 §2.1: a Date item, "@" and Unix seconds.
// Drafts used "true" or an HTTP date, which some APIs still send.
func regDeprecation(v string) verdict {
	if _, ok := httpDate(v); ok || v == "true" {
		return invalid("%q follows an early draft; RFC 9745 wants a date as @ and Unix seconds, as in @1688169599", clip(v))
	}
	it, why := regSFItem(v)
	if why != "" {
		return invalid("%s", why)
	}
	if _, ok := it.Value.(time.Time); !ok {
		return invalid("expected a structured-field Date, @ and Unix seconds, as in @1688169599")
	}
	return valid()
}

// regAvailableDictionary reads RFC 9842 §2.2: the SHA-256 of the
// dictionary as a Byte Sequence, :base64:.
func regAvailableDictionary(v string) verdict {
	it, why := regSFItem(v)
	if why != "" {
		return invalid("%s", why)
	}
	b, ok := it.Value.([]byte)
	if !ok {
		return invalid("expected the dictionary's SHA-256 as a byte sequence between colons, as in :pZGm1Av0IEBKARczz7exkNYsZb8LzaMrV7J32a2fFG4=:")
	}
	if len(b) != 32 {
		return invalid("the hash is %d bytes; a SHA-256 is 32", len(b))
	}
	return valid()
}

// regDictionaryID reads RFC 9842 §2.3: a String of at most 1024
// characters.
func regDictionaryID(v string) verdict {
	it, why := regSFItem(v)
	if why != "" {
		return invalid("%s", why)
	}
	s, ok := it.Value.(string)
	if !ok {
		return invalid("expected a quoted string, as in \"dictionary-12345\"")
	}
	if len(s) > 1024 {
		return invalid("the id has %d characters; the limit is 1024", len(s))
	}
	return valid()
}

// regUseAsDictionary reads RFC 9842 §2.1: a Dictionary with a required
// match String, optional match-dest (Inner List of Strings), id (String)
// and type (Token).
func regUseAsDictionary(v string) verdict {
	if len(v) > maxSFLen {
		return invalid("the value is too long to check (%d bytes)", len(v))
	}
	d, err := httpsfv.UnmarshalDictionary([]string{v})
	if err != nil {
		return invalid("not a valid structured-field dictionary (RFC 9651): %s", sfError(err))
	}
	m, ok := d.Get("match")
	if !ok {
		return invalid("match is required, as in match=\"/app/*.js\"")
	}
	if it, isItem := m.(httpsfv.Item); !isItem || !regIsSFString(it) {
		return invalid("match must be a quoted URL pattern, as in match=\"/app/*.js\"")
	}
	if id, ok := d.Get("id"); ok {
		if it, isItem := id.(httpsfv.Item); !isItem || !regIsSFString(it) {
			return invalid("id must be a quoted string")
		}
	}
	if dest, ok := d.Get("match-dest"); ok {
		il, isList := dest.(httpsfv.InnerList)
		if !isList {
			return invalid("match-dest must be a list in parentheses, as in match-dest=(\"script\")")
		}
		for _, it := range il.Items {
			if !regIsSFString(it) {
				return invalid("match-dest lists quoted destinations, as in (\"script\" \"style\")")
			}
		}
	}
	if typ, ok := d.Get("type"); ok {
		if it, isItem := typ.(httpsfv.Item); !isItem {
			return invalid("type must be a token such as raw")
		} else if _, isTok := it.Value.(httpsfv.Token); !isTok {
			return invalid("type must be a token such as raw")
		}
	}
	return valid()
}

func regIsSFString(it httpsfv.Item) bool {
	_, ok := it.Value.(string)
	return ok
}

// regLinkTemplate reads RFC 9652 §2: a List of Strings (URI templates)
// with parameters.
func regLinkTemplate(v string) verdict {
	if len(v) > maxSFLen {
		return invalid("the value is too long to check (%d bytes)", len(v))
	}
	l, err := httpsfv.UnmarshalList([]string{v})
	if err != nil {
		return invalid("not a valid structured-field list (RFC 9651): %s", sfError(err))
	}
	for _, m := range l {
		it, ok := m.(httpsfv.Item)
		if !ok || !regIsSFString(it) {
			return invalid("each template is a quoted string, as in \"/{username}\"; rel=\"item\"")
		}
	}
	if len(l) == 0 {
		return invalid("the list is empty")
	}
	return valid()
}
