package cli

import (
	"context"
	"errors"
)

func runEval(ctx context.Context, e *env, args []string) error {
	return usageError{errors.New("eval is not wired yet")}
}
