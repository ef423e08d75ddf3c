"""Domain core of Opfølgningscoachen: pure Python, no Rasa import.

Data flows one way: text -> facts (dates, channel, names) -> FollowUpCase ->
rules (FollowUpPlan) -> composed Danish replies (script, e-mail, tips).
"""
