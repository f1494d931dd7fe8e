package corpustest_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal/internal/corpustest"
)

func TestDirHonoursEnv(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(corpustest.EnvDir, dir)
	assert.Equal(t, dir, corpustest.Dir())
	assert.True(t, corpustest.Available())

	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("一二三"), 0o600))
	assert.Equal(t, filepath.Join(dir, "a.txt"), corpustest.Path(t, "a.txt"))
	assert.Equal(t, "一二三", string(corpustest.Read(t, "a.txt")))
}

func TestDirDefault(t *testing.T) {
	t.Setenv(corpustest.EnvDir, "")
	// This package is internal/corpustest of the module: go.mod is two
	// levels up, and the corpus is shared/corpus beside the module.
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(filepath.Dir(root), "shared", "corpus"), corpustest.Dir())
}

func TestMissingSkips(t *testing.T) {
	t.Setenv(corpustest.EnvDir, filepath.Join(t.TempDir(), "absent"))
	t.Setenv(corpustest.EnvRequire, "")
	assert.False(t, corpustest.Available())
	ran := false
	t.Run("needs corpus", func(t *testing.T) {
		corpustest.Path(t, "x.txt")
		ran = true
	})
	assert.False(t, ran, "the test stops at Path")
}
