//go:build !wasm

package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rhysd/actionlint"
)

// pagesWorkflow is the GitHub Actions workflow that publishes the site.
var pagesWorkflow = filepath.Join("..", "..", ".github", "workflows", "pages.yml")

// TestPagesWorkflowLints runs actionlint on the Pages workflow.
func TestPagesWorkflowLints(t *testing.T) {
	l, err := actionlint.NewLinter(io.Discard, &actionlint.LinterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	errs, err := l.LintFile(pagesWorkflow, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		t.Errorf("%s:%d:%d: %s [%s]", pagesWorkflow, e.Line, e.Column, e.Message, e.Kind)
	}
}

// TestPagesWorkflowDeploys checks what a Pages deployment needs: a build
// of the site on push to main, the artifact upload, and a deploy job with
// pages and id-token write permissions in the github-pages environment.
func TestPagesWorkflowDeploys(t *testing.T) {
	src, err := os.ReadFile(pagesWorkflow)
	if err != nil {
		t.Fatal(err)
	}
	wf, errs := actionlint.Parse(src)
	if len(errs) > 0 {
		t.Fatalf("parse: %v", errs[0])
	}
	if wf.On == nil || !strings.Contains(string(src), "branches: [main]") {
		t.Error("the workflow must run on push to main")
	}
	uses := map[string]string{} // action (without version) -> job
	runs := ""
	for id, job := range wf.Jobs {
		for _, st := range job.Steps {
			switch ex := st.Exec.(type) {
			case *actionlint.ExecAction:
				name, _, _ := strings.Cut(ex.Uses.Value, "@")
				uses[name] = id
			case *actionlint.ExecRun:
				runs += ex.Run.Value + "\n"
			}
		}
	}
	for _, a := range []string{"actions/checkout", "actions/setup-go", "actions/upload-pages-artifact", "actions/deploy-pages"} {
		if _, ok := uses[a]; !ok {
			t.Errorf("the workflow does not use %s", a)
		}
	}
	if !strings.Contains(runs, "./build.sh site _site") {
		t.Errorf("the workflow does not build the site with ./build.sh site _site")
	}
	deploy := wf.Jobs[uses["actions/deploy-pages"]]
	if deploy == nil {
		t.Fatal("no deploy job")
	}
	perms := map[string]string{}
	if deploy.Permissions != nil {
		for k, v := range deploy.Permissions.Scopes {
			perms[k] = v.Value.Value
		}
	}
	if perms["pages"] != "write" || perms["id-token"] != "write" {
		t.Errorf("the deploy job needs pages: write and id-token: write, has %v", perms)
	}
	if deploy.Environment == nil || deploy.Environment.Name == nil || deploy.Environment.Name.Value != "github-pages" {
		t.Error("the deploy job must run in the github-pages environment")
	}
	if len(deploy.Needs) == 0 {
		t.Error("the deploy job must wait for the build")
	}
}
