package share

// secretKeys are JSON member names (and YAML/log keys) whose value is a
// secret, folded: lowercase with "_", "-", "." and spaces removed, so
// client_secret, clientSecret and client-secret all read "clientsecret".
var secretKeys = map[string]bool{
	"password": true, "passwd": true, "pwd": true, "pass": true, "passphrase": true,
	"secret": true, "clientsecret": true, "secretkey": true, "secretaccesskey": true,
	"token": true, "accesstoken": true, "refreshtoken": true, "idtoken": true,
	"sessiontoken": true, "authtoken": true, "bearertoken": true, "jwt": true,
	"apikey": true, "apitoken": true, "apisecret": true, "privatekey": true,
	"authorization": true, "credential": true, "credentials": true,
	"otp": true, "totp": true, "pin": true, "ssn": true,
	"cardnumber": true, "ccnumber": true, "pan": true, "cvc": true, "cvv": true, "cvv2": true,
	"securitycode": true, "accountnumber": true,
}

// Folded key endings and beginnings that name a secret too
// (github_token, dbPassword, password_confirmation, aws_secret_access_key).
var (
	secretKeySuffixes = []string{"token", "secret", "password", "passwd", "apikey", "privatekey", "accesskey", "secretkey"}
	secretKeyPrefixes = []string{"password", "passwd"}
)

// fold lowercases name and drops separators into buf; ok is false when the
// name is too long to be a key name.
func fold(name string, buf *[64]byte) (string, bool) {
	n := 0
	for i := 0; i < len(name); i++ {
		ch := name[i]
		switch {
		case ch == '_' || ch == '-' || ch == '.' || ch == ' ':
			continue
		case ch >= 'A' && ch <= 'Z':
			ch += 'a' - 'A'
		}
		if n == len(buf) {
			return "", false
		}
		buf[n] = ch
		n++
	}
	return string(buf[:n]), true
}

// jsonSecretKey reports whether a member named name holds a secret.
func jsonSecretKey(name string) bool {
	var buf [64]byte
	k, ok := fold(name, &buf)
	if !ok || k == "" {
		return false
	}
	if secretKeys[k] {
		return true
	}
	for _, sf := range secretKeySuffixes {
		if len(k) > len(sf) && k[len(k)-len(sf):] == sf {
			return true
		}
	}
	for _, p := range secretKeyPrefixes {
		if len(k) > len(p) && k[:len(p)] == p {
			return true
		}
	}
	return false
}
