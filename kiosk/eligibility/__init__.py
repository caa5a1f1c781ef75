"""The eligibility system behind the terminals (オンライン資格確認), simulated offline."""
