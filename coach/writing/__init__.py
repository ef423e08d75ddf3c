"""What the coach hands over: which artifact fits the situation (handover), the plan's reply, the call
script and the e-mails (follow-up, thank-you, reply to a rejection), the calendar file."""
