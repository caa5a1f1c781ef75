"""The 資格確認端末's file interface to clinic software (オンライン資格確認, OQS); no Qt."""
