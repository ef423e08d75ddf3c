"""What the coach hands over: the call script, the e-mail, the plan's reply, the calendar file."""
