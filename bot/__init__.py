"""Qunbot: an async assistant for retail stores' WeChat customer groups."""
