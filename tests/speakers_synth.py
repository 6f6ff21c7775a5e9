"""A mono call as transcription leaves it after splitting its two voices (speakers not yet named)."""

from __future__ import annotations

from qa_desktop.domain import CallMeta, Metrics, Transcript, Utterance

TURNS = [  # (voice, text): voice 1 is the agent by its script, though voice 0 speaks first
    (0, "喂。"),
    (1, "您好，欢迎致电优品生活馆，我是客服小李，请问有什么可以帮您？"),
    (0, "我买的衣服一直没收到，已经一个星期了。"),
    (1, "非常抱歉，请您提供一下订单号，我帮您查一下。"),
    (0, "订单号是一二三四五六。"),
    (1, "{middle}"),
    (0, "好的，谢谢。"),
    (1, "请问还有其他可以帮您的吗？感谢您的来电，再见。"),
]


def mono_call(middle: str = "已经给您加急处理了，明天就能送到。", clarity: float = 0.95,
              weak: tuple[int, ...] = ()) -> Transcript:
    """Turn k of TURNS 4 s apart; `weak` turns' voice is barely clear (0.2)."""
    utts = []
    for k, (voice, text) in enumerate(TURNS):
        utts.append(Utterance("unknown", 4.0 * k, 4.0 * k + 3.0, text.format(middle=middle), voice=voice,
                              voice_confidence=0.2 if k in weak else clarity,
                              pitch=200.0 if voice == 0 else 260.0))
    speech = [(u.start, u.end) for u in utts]
    metrics = Metrics(talk_time={"unknown": 24.0}, speech_rate={"unknown": 100.0}, speech={"unknown": speech})
    return Transcript("mono_call.wav", 32.0, "zh", "mono", utts, metrics,
                      meta=CallMeta(call_id="M1", agent="Z9001", date="2026-08-20"),
                      content_hash="mono-call-1", model="base", channels=["unknown"])
