-- The callscript language server for *.callscript files, in Neovim 0.7 or later.
-- Put this file in ~/.config/nvim/plugin/ (or dofile() it from init.lua). To start the server
-- some other way, set vim.g.callscript_cmd before it runs.
local cmd = vim.g.callscript_cmd or { 'npx', 'callscript', '--stdio' }

vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  pattern = '*.callscript',
  command = 'setfiletype callscript',
})

local client_id
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'callscript',
  callback = function(args)
    local config = { name = 'callscript', cmd = cmd, root_dir = vim.fn.getcwd() }
    if vim.lsp.start then
      -- Neovim 0.8+: finds the running client or starts one, and attaches the buffer.
      vim.lsp.start(config, { bufnr = args.buf })
      return
    end
    -- Neovim 0.7 (Debian bookworm's) has no vim.lsp.start: one client for every script buffer.
    if not client_id or vim.lsp.client_is_stopped(client_id) then
      client_id = vim.lsp.start_client(config)
    end
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})
