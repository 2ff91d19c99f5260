package share

import "fmt"

// linkLimits are the link lengths past which sharing gets unreliable,
// longest first, each with what the user should know. The numbers:
//
//   - 40,000: Slack truncates message text longer than 40,000 characters
//     (https://api.slack.com/changelog/2018-04-truncating-really-long-messages).
//   - 8,000: RFC 9110 only asks software to support URIs of at least 8,000
//     octets (https://www.rfc-editor.org/rfc/rfc9110#section-4.1); past it
//     tools and address bars may cut or reject the link.
//   - 2,000: 2,083 octets was Internet Explorer's URL limit, still the
//     figure Microsoft recommends for URLs meant for any browser
//     (https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-mwbe/c109c456-3cc7-40c0-b1a7-cf40e0732c83),
//     and Discord refuses user messages over 2,000 characters (widely
//     reported, e.g. in its client libraries' limits; the official page,
//     https://discord.com/developers/docs/resources/message, was not read).
var linkLimits = []struct {
	over int
	warn string
}{
	{40000, "Slack and similar chats cut messages this long, and the link with them. Share a shorter paste (the part that matters), or send the paste as a file."},
	{8000, "Many tools and address bars cut or refuse links this long. Check that the link opens before you send it, or share a shorter paste."},
	{2000, "Some chat and mail tools cut or refuse links this long (Discord stops at 2,000 characters). If the link does not open for the other person, share a shorter paste."},
}

// LinkInfo returns a warning for a share link of n characters (the whole
// link if known, else the fragment: the site's address adds a few dozen),
// or "" when its length is no problem.
func LinkInfo(fragmentLen int) (warn string) {
	for _, l := range linkLimits {
		if fragmentLen > l.over {
			return fmt.Sprintf("The link is %d characters long. %s", fragmentLen, l.warn)
		}
	}
	return ""
}
