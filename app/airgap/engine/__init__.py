"""MLX inference on mlx-lm. Never imports Qt; `api` is importable without mlx."""
