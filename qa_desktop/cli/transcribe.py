"""`qa-desktop transcribe FILE…`: recordings to readable dialogues and JSON.

A bad file prints its error (file + reason) and the others go on; the exit code
is 1 when any file failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from qa_desktop.cli.options import add_mask_option, language, threads
from qa_desktop.errors import AudioError, QAError
from qa_desktop.fileio import atomic_write_text
from qa_desktop.names import shown
from qa_desktop.plural import plural
from qa_desktop.transcription.transcriber import DEFAULT_BEAM_SIZE


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "transcribe",
        help="transcribe recordings into a per-speaker dialogue",
        description="Transcribe call recordings locally: one speaker per stereo channel, "
        "turns timed from voice activity, silences and overlaps measured from the audio.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="recordings (wav mp3 m4a flac ogg …)")
    add_transcriber_options(p)
    p.add_argument("--json", dest="json_out", metavar="OUT", help="write the transcript(s) as JSON")
    add_mask_option(p, "the printed dialogue and the JSON")
    p.set_defaults(func=run)


def add_transcriber_options(p: argparse.ArgumentParser) -> None:
    """Options shared with `audit`: how to transcribe."""
    p.add_argument("--model", default=None, help="'base' (bundled, default), a CTranslate2 folder, or a model name")
    p.add_argument("--language", default="auto", type=language, help="auto (default), zh, en, …")
    p.add_argument(
        "--channels",
        default="agent,customer",
        type=_channel_spec,
        help="who is on which channel: agent,customer (default), customer,agent, mono, or by channel number "
             "for files with more than two channels: agent=0,customer=3",
    )
    p.add_argument("--threads", type=threads, default=0, help="CPU threads for Whisper (default: up to 4)")
    p.add_argument("--beam-size", type=int, default=DEFAULT_BEAM_SIZE,
                   help=f"Whisper beam size (default {DEFAULT_BEAM_SIZE}; 1 is fastest)")


def _channel_spec(text: str) -> str:
    from qa_desktop.errors import QAError
    from qa_desktop.transcription.channels import parse_channels

    try:
        return parse_channels(text).spec
    except QAError as exc:
        raise argparse.ArgumentTypeError(exc.reason) from None


def make_transcriber(args: argparse.Namespace):
    from qa_desktop.transcription import Transcriber

    return Transcriber(
        model=args.model,
        language=args.language,
        channels=args.channels,
        threads=args.threads,
        beam_size=args.beam_size,
    )


def print_dialogue(console, transcript) -> None:
    from rich.markup import escape  # names and words are text, not markup ("[Music]", "call[/b].wav")

    name = escape(Path(transcript.file).name)
    console.print(
        f"[bold]{name}[/]  {transcript.duration:.1f} s  {transcript.language}"
        + (f" (changes language: {', '.join(transcript.languages)})" if len(transcript.languages) > 1 else "")
        + f"  {transcript.layout}"
        f"  agent {escape(transcript.meta.agent or '?')}  call {escape(transcript.meta.call_id)}"
    )
    colours = {"agent": "cyan", "customer": "yellow", "unknown": "white"}
    for u in transcript.utterances:
        stamp = f"{int(u.start // 60):02d}:{u.start % 60:05.2f}"
        # soft wrap: rich cannot break a line of Chinese at a space and would move it whole to the next line
        tag = f"[{u.language}] " if u.language and len(transcript.languages) > 1 else ""
        # a mono call's two voices (which one is the agent is decided when it is scored)
        who = f"voice {u.voice + 1}" if u.speaker == "unknown" and u.voice is not None else u.speaker
        console.print(f"  {stamp}  [{colours.get(u.speaker, 'white')}]{who:<8}[/] {escape(tag)}{escape(u.text)}",
                      highlight=False, soft_wrap=True)
    m = transcript.metrics
    long_silences = [s for s in m.silences if s.duration >= 5]
    console.print(
        "  [dim]"
        + "  ".join(f"{spk} talk {t:.1f} s, {m.speech_rate.get(spk, 0):.0f} {m.rate_unit}" for spk, t in m.talk_time.items())
        + f"; silences ≥5 s: {', '.join(f'{s.start:.1f}–{s.end:.1f}' for s in long_silences) or 'none'}"
        + f"; agent interruptions: {len(m.interruptions('agent'))}[/]"
    )


def run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    from rich.markup import escape

    console = Console()
    err = Console(stderr=True)
    transcriber = make_transcriber(args)
    results, failed = [], 0
    with Progress(
        TextColumn("{task.description}"), BarColumn(), TimeRemainingColumn(), console=err, transient=True
    ) as bar:
        for file in args.files:
            task = bar.add_task(shown(Path(file).name), total=1.0)
            try:
                transcript = transcriber.transcribe(
                    file, progress=lambda f, _m, task=task: bar.update(task, completed=f)
                )
            except (AudioError, QAError) as exc:
                failed += 1
                # unwrapped: the file's path stays whole for copying and grep
                err.print(f"[red]error[/]: {escape(str(exc))}", highlight=False, soft_wrap=True)
                continue
            finally:
                bar.remove_task(task)
            if args.mask:
                from qa_desktop.export.masking import mask_transcript

                transcript = mask_transcript(transcript)
            results.append(transcript)
            print_dialogue(console, transcript)
    if args.json_out:
        data = [t.to_dict() for t in results]
        payload = data[0] if len(args.files) == 1 and data else data
        atomic_write_text(args.json_out, json.dumps(payload, ensure_ascii=False, indent=1), "transcript JSON")
    if failed:
        print(f"{failed} of {plural(len(args.files), 'file')} failed", file=sys.stderr)
    return 1 if failed else 0
