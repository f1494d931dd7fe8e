// Command apilist prints the exported API of every public package of the
// module, one identifier a line ("path\tkind\tname"), sorted. docs/API.md's
// before/after lists are made with it:
//
//	go run ./internal/apilist > /tmp/api.txt
//
// Packages under internal/, examples/, cmd/ and testdata/ are not public API
// and are left out; test files are skipped.
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

const module = "github.com/cnfiscal/fiscal"

func main() {
	lines, err := list(".")
	if err != nil {
		fmt.Fprintln(os.Stderr, "apilist:", err)
		os.Exit(1)
	}
	for _, l := range lines {
		fmt.Println(l)
	}
}

// skipDir reports whether the directory rel (slash-separated, relative to
// the module root) holds no public API.
func skipDir(rel string) bool {
	for _, part := range strings.Split(rel, "/") {
		switch part {
		case "internal", "examples", "cmd", "testdata":
			return true
		}
		if strings.HasPrefix(part, ".") && part != "." {
			return true
		}
	}
	return false
}

func list(root string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		rel := filepath.ToSlash(path)
		if rel != "." && skipDir(rel) {
			return filepath.SkipDir
		}
		if rel != "." {
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
				return filepath.SkipDir // a nested module
			}
		}
		names, err := dirAPI(path)
		if err != nil {
			return err
		}
		imp := module
		if rel != "." {
			imp += "/" + rel
		}
		for _, n := range names {
			out = append(out, imp+"\t"+n)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// dirAPI lists the exported identifiers declared by the non-test Go files
// of one directory as "kind\tname".
func dirAPI(dir string) ([]string, error) {
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		if f.Name.Name == "main" || ignored(f) {
			continue
		}
		for _, decl := range f.Decls {
			out = append(out, declAPI(decl)...)
		}
	}
	return out, nil
}

// ignored reports whether f is excluded from normal builds (//go:build ignore).
func ignored(f *ast.File) bool {
	for _, cg := range f.Comments {
		if cg.Pos() > f.Package {
			break
		}
		for _, c := range cg.List {
			if strings.HasPrefix(c.Text, "//go:build") && strings.Contains(c.Text, "ignore") {
				return true
			}
		}
	}
	return false
}

func declAPI(decl ast.Decl) []string {
	var out []string
	switch d := decl.(type) {
	case *ast.FuncDecl:
		if !d.Name.IsExported() {
			return nil
		}
		if d.Recv == nil || len(d.Recv.List) == 0 {
			return []string{"func\t" + d.Name.Name}
		}
		recv := recvName(d.Recv.List[0].Type)
		if recv == "" || !ast.IsExported(recv) {
			return nil
		}
		return []string{"method\t" + recv + "." + d.Name.Name}
	case *ast.GenDecl:
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.TypeSpec:
				if s.Name.IsExported() {
					out = append(out, "type\t"+s.Name.Name)
				}
			case *ast.ValueSpec:
				kind := "var"
				if d.Tok == token.CONST {
					kind = "const"
				}
				for _, n := range s.Names {
					if n.IsExported() {
						out = append(out, kind+"\t"+n.Name)
					}
				}
			}
		}
	}
	return out
}

func recvName(e ast.Expr) string {
	for {
		switch t := e.(type) {
		case *ast.StarExpr:
			e = t.X
		case *ast.IndexExpr:
			e = t.X
		case *ast.IndexListExpr:
			e = t.X
		case *ast.Ident:
			return t.Name
		default:
			return ""
		}
	}
}
