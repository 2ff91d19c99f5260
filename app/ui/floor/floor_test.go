package floor

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestRender(t *testing.T) {
	tests := []struct {
		name      string
		mounted   bool
		echo      string
		want, not []string
	}{
		{
			name: "prerendered: not ready yet",
			want: []string{`<textarea `, `id="paste"`, `<pre id="echo"></pre>`},
			not:  []string{`data-ready`},
		},
		{
			name:    "mounted: ready, echo escaped",
			mounted: true,
			echo:    "HTTP/1.1 200 OK <b>",
			want:    []string{`data-ready`, `<pre id="echo">HTTP/1.1 200 OK &lt;b&gt;</pre>`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &Page{echo: tt.echo}
			if tt.mounted {
				p.OnMount(app.Context{})
			}
			html := app.HTMLString(p.Render())
			for _, w := range tt.want {
				if !strings.Contains(html, w) {
					t.Errorf("HTML lacks %q:\n%s", w, html)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(html, n) {
					t.Errorf("HTML has %q:\n%s", n, html)
				}
			}
		})
	}
}
