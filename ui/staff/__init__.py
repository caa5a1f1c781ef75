"""The staff screen (資格確認端末): receptions as they arrive, and visual confirmation grants."""
