-- The e2e test's Neovim config: the setup docs/testing.md shows, pointed at this checkout's server
-- with a fixed "now" (CALLSCRIPT_SERVER_CMD is a JSON array set by test/e2e/neovim.e2e.ts).
vim.g.callscript_cmd = vim.fn.json_decode(os.getenv('CALLSCRIPT_SERVER_CMD'))
dofile(os.getenv('CALLSCRIPT_NEOVIM_DIR') .. '/callscript.lua')
